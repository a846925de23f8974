# corpus: safe REL118
from django.http import FileResponse


def download(request, path):
    handle = open(path, "rb")
    return FileResponse(handle, as_attachment=True)
