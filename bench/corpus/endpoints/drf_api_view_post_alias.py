# corpus: vulnerable SEC215
from rest_framework import permissions as perms
from rest_framework.decorators import api_view, permission_classes
from rest_framework.response import Response


@api_view(["POST", "DELETE"])
@permission_classes((perms.AllowAny,))
def purge_cache(request):
    return Response(status=204)
