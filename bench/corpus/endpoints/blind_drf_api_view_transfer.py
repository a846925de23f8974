# corpus: vulnerable SEC215
"""Money transfer function view opened to anyone via `permissions.AllowAny`."""

from rest_framework import permissions
from rest_framework.decorators import api_view, permission_classes
from rest_framework.response import Response

from .services import transfer


@api_view(["POST"])
@permission_classes([permissions.AllowAny])
def transfer_funds(request):
    transfer(request.data["from_account"], request.data["to_account"], request.data["amount"])
    return Response({"ok": True})
