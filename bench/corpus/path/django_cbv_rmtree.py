# corpus: vulnerable SEC104
import shutil

from django.http import JsonResponse
from django.views import View

WORKSPACES = "/srv/workspaces/"


class WorkspaceDeleteView(View):
    def post(self, request):
        workspace = request.POST["workspace"]
        shutil.rmtree(WORKSPACES + workspace)
        return JsonResponse({"deleted": workspace})
