# corpus: vulnerable SEC211
from rest_framework.response import Response
from rest_framework.views import APIView
from rest_framework_simplejwt.tokens import RefreshToken


class CookieLogin(APIView):
    def post(self, request):
        refresh = RefreshToken.for_user(request.user)
        response = Response({"ok": True})
        response.set_cookie("access", str(refresh.access_token), secure=True, samesite="Lax")
        return response
