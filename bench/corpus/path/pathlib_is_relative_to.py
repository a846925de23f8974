# corpus: safe SEC104
from pathlib import Path

from django.http import FileResponse, Http404

MEDIA_ROOT = Path("/srv/media").resolve()


def media(request):
    target = (MEDIA_ROOT / request.GET["path"]).resolve()
    if not target.is_relative_to(MEDIA_ROOT) or not target.is_file():
        raise Http404
    return FileResponse(target.open("rb"))
