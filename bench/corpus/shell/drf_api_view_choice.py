# corpus: safe SEC102
import os

from rest_framework.decorators import api_view
from rest_framework.response import Response

SIZES = {"small": "10G", "medium": "50G", "large": "200G"}


@api_view(["POST"])
def resize_volume(request):
    size = SIZES.get(request.data.get("size"), "10G")
    code = os.system(f"lvresize -L {size} /dev/vg0/data")
    return Response({"code": code})
