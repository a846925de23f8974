# corpus: safe ASY103
import csv
import io

from django.http import HttpResponse


async def export_csv(request):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["id", "name"])
    return HttpResponse(buffer.getvalue(), content_type="text/csv")
