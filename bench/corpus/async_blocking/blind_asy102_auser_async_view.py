# corpus: safe ASY102
from django.http import JsonResponse


async def whoami(request):
    user = await request.auser()
    return JsonResponse({"authenticated": user.is_authenticated, "username": user.get_username()})
