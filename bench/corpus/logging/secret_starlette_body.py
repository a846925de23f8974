# corpus: vulnerable REL111
"""A Starlette middleware logs the raw body of every request."""

import logging

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request

logger = logging.getLogger("access")


class BodyLogger(BaseHTTPMiddleware):
    async def dispatch(self, incoming: Request, call_next):
        logger.debug("body: %s", await incoming.body())
        return await call_next(incoming)
