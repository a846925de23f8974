import json

from django.contrib.auth import authenticate
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET, require_POST

from orders.models import Customer

from .tokens import issue_token, user_id_from_request


@require_POST
def sign_in(request: HttpRequest) -> JsonResponse:
    """Exchange a username and password for an API token."""
    credentials = json.loads(request.body)
    user = authenticate(
        request, username=credentials.get("username"), password=credentials.get("password")
    )
    if user is None:
        return JsonResponse({"error": "invalid username or password"}, status=401)
    return JsonResponse({"token": issue_token(user.pk)})


@require_GET
def me(request: HttpRequest) -> JsonResponse:
    user_id = user_id_from_request(request)
    if user_id is None:
        return JsonResponse({"error": "authentication required"}, status=401)
    customer = Customer.objects.select_related("user").get(user_id=user_id)
    return JsonResponse({"email": customer.user.email, "name": customer.user.get_full_name()})
