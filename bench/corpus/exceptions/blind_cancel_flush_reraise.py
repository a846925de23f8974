# corpus: safe REL105
import asyncio
from asyncio import CancelledError as Cancelled


class MetricsBuffer:
    def __init__(self, sink):
        self.sink = sink
        self.pending = []

    async def run(self):
        try:
            while True:
                await asyncio.sleep(10)
                await self._flush()
        except Cancelled:
            await self._flush()
            raise

    async def _flush(self):
        batch, self.pending = self.pending, []
        if batch:
            await self.sink.send(batch)
