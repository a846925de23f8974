# corpus: safe ASY103
import asyncio
import hashlib
from pathlib import Path


async def checksum(path: Path) -> str:
    def digest() -> str:
        sha = hashlib.sha256()
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(65536), b""):
                sha.update(chunk)
        return sha.hexdigest()

    return await asyncio.get_running_loop().run_in_executor(None, digest)
