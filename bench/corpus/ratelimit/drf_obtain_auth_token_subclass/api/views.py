# corpus: vulnerable SEC217
from rest_framework.authtoken.views import ObtainAuthToken


class ApiLogin(ObtainAuthToken):
    pass
