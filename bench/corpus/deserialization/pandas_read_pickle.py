# corpus: vulnerable SEC107
import pandas as pd
from django.http import JsonResponse


def dataset_summary(request):
    frame = pd.read_pickle(request.FILES["dataset"])
    return JsonResponse({"rows": len(frame), "columns": list(frame.columns)})
