# corpus: safe SEC217
from rest_framework_simplejwt.views import TokenObtainPairView


class LoginView(TokenObtainPairView):
    pass
