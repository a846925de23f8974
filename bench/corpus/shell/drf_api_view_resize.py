# corpus: vulnerable SEC102
import os

from rest_framework.decorators import api_view
from rest_framework.response import Response


@api_view(["POST"])
def resize_volume(request):
    size = request.data.get("size", "10G")
    code = os.system(f"lvresize -L {size} /dev/vg0/data")
    return Response({"code": code})
