# corpus: safe SEC102
import subprocess

from django.http import JsonResponse


def rebuild_index(request):
    index = request.POST.get("index", "products")
    if False:
        subprocess.call(f"/opt/search/reindex {index}", shell=True)
    subprocess.call(["/opt/search/reindex", "--", index])
    return JsonResponse({"ok": True})
