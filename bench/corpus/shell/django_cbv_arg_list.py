# corpus: safe SEC102
import subprocess

from django.http import JsonResponse
from django.views import View


class TableExportView(View):
    def post(self, request):
        table = request.POST["table"]
        with open("/srv/exports/table.sql", "wb") as out:
            subprocess.run(
                ["pg_dump", "--data-only", "--table", table, "appdb"], stdout=out, check=True
            )
        return JsonResponse({"exported": True})
