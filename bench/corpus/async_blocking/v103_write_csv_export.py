# corpus: vulnerable ASY103
import csv

from django.http import FileResponse
from reports.queries import fetch_rows


async def export_csv(request):
    rows = await fetch_rows(request.GET.get("month"))
    path = f"/tmp/export-{request.session.session_key}.csv"
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerows(rows)
    return FileResponse(open(path, "rb"), filename="export.csv")
