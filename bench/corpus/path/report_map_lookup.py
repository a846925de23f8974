# corpus: safe SEC104
from django.http import FileResponse, Http404

REPORTS = {
    "q1": "/srv/reports/2024-q1.pdf",
    "q2": "/srv/reports/2024-q2.pdf",
}


def quarterly(request):
    path = REPORTS.get(request.GET.get("quarter", ""))
    if path is None:
        raise Http404
    return FileResponse(open(path, "rb"), content_type="application/pdf")
