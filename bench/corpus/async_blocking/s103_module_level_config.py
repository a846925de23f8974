# corpus: safe ASY103
import json
from pathlib import Path

from django.http import JsonResponse

with open(Path(__file__).with_name("flags.json")) as handle:
    FLAGS = json.load(handle)
BANNER = (Path(__file__).parent / "banner.txt").read_text()


async def feature_flags(request):
    return JsonResponse({"flags": FLAGS, "banner": BANNER})
