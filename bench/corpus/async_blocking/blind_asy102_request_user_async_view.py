# corpus: vulnerable ASY102
from django.http import JsonResponse


async def whoami(request):
    user = request.user
    return JsonResponse({"authenticated": user.is_authenticated, "username": user.get_username()})
