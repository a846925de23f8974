# corpus: vulnerable SEC107
import yaml
from django.http import JsonResponse


def import_config(request):
    config = yaml.unsafe_load(request.body)
    return JsonResponse({"keys": sorted(config)})
