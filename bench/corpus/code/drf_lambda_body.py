# corpus: vulnerable SEC103
from rest_framework.decorators import api_view
from rest_framework.response import Response


@api_view(["POST"])
def sort_preview(request):
    key = eval("lambda row: " + request.data["key"])
    rows = [{"name": "b", "age": 3}, {"name": "a", "age": 5}]
    return Response(sorted(rows, key=key))
