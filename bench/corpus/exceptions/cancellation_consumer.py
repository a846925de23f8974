# corpus: vulnerable REL105
import asyncio
import logging

logger = logging.getLogger(__name__)


async def consume(queue: asyncio.Queue, handle):
    while True:
        try:
            message = await queue.get()
            await handle(message)
        except asyncio.CancelledError:
            logger.info("consumer cancelled")
        except Exception:
            logger.exception("message failed")
