# corpus: safe SEC103
from rest_framework.decorators import api_view
from rest_framework.response import Response

SORT_KEYS = {"name": "lambda row: row['name']", "age": "lambda row: row['age']"}


@api_view(["GET"])
def sorted_rows(request):
    source = SORT_KEYS.get(request.query_params.get("by", "name"), SORT_KEYS["name"])
    rows = [{"name": "b", "age": 3}, {"name": "a", "age": 5}]
    return Response(sorted(rows, key=eval(source)))
