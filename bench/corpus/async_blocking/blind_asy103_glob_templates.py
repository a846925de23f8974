# corpus: vulnerable ASY103
import glob

from starlette.responses import JSONResponse


async def list_themes(request):
    themes = [p.rsplit("/", 1)[-1] for p in glob.glob("/srv/themes/*/theme.json")]
    return JSONResponse({"themes": themes})
