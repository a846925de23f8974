# corpus: safe ASY103
from pathlib import Path

from starlette.responses import FileResponse

DOWNLOADS = Path("/srv/downloads")


async def download(request):
    name = Path(request.path_params["name"]).name
    return FileResponse(DOWNLOADS / name, filename=name)
