# corpus: vulnerable REL111
import structlog
from rest_framework.response import Response
from rest_framework.views import APIView
from rest_framework_simplejwt.tokens import RefreshToken

log = structlog.get_logger(__name__)


class TokenView(APIView):
    def post(self, request):
        user = request.user
        refresh = RefreshToken.for_user(user)
        log.info("tokens_issued", user_id=user.pk, refresh_token=str(refresh))
        return Response({"refresh": str(refresh), "access": str(refresh.access_token)})
