# corpus: safe REL105
import asyncio
import logging

logger = logging.getLogger(__name__)


async def consume(queue: asyncio.Queue, handle, flush):
    while True:
        try:
            message = await queue.get()
            await handle(message)
        except asyncio.CancelledError:
            await flush()
            raise
        except Exception:
            logger.exception("message failed")
