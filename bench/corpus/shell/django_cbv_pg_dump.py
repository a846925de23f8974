# corpus: vulnerable SEC102
import subprocess

from django.http import JsonResponse
from django.views import View


class TableExportView(View):
    def post(self, request):
        table = request.POST["table"]
        subprocess.call(
            "pg_dump --data-only -t " + table + " appdb > /srv/exports/table.sql", shell=True
        )
        return JsonResponse({"exported": True})
