# corpus: safe SEC107
import pickle

import redis
from django.http import Http404, JsonResponse

cache = redis.Redis(host="cache", port=6379)


def cached_report(request):
    report_id = request.GET.get("report", "")
    blob = cache.get(f"report:{report_id}")
    if blob is None:
        raise Http404
    # Only the report worker writes `report:*` keys.
    report = pickle.loads(blob)
    return JsonResponse({"rows": len(report)})
