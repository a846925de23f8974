# corpus: safe REL111
import logging

logger = logging.getLogger(__name__)


def authenticate(request):
    auth_header = request.headers.get("Authorization", "")
    scheme = auth_header.split(" ", 1)[0]
    if scheme.lower() != "bearer":
        logger.warning("unsupported auth scheme %r from %s", scheme, request.client.host)
        return None
    token = auth_header[len("Bearer ") :]
    logger.info("bearer token received (%d chars), token_type=%s", len(token), "access")
    return token
