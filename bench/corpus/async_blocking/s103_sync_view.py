# corpus: safe ASY103
import csv

from django.http import FileResponse


def export_csv(request):
    path = f"/tmp/export-{request.session.session_key}.csv"
    with open(path, "w", newline="") as handle:
        csv.writer(handle).writerow(["id", "name"])
    return FileResponse(open(path, "rb"), filename="export.csv")
