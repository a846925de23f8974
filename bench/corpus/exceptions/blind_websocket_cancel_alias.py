# corpus: vulnerable REL105
import logging
from asyncio import CancelledError

logger = logging.getLogger(__name__)


async def relay(websocket, channel):
    try:
        async for message in channel.listen():
            await websocket.send_json(message)
    except CancelledError:
        logger.info("relay for %s stopped", channel.name)
        await websocket.close()
