# corpus: vulnerable SEC217
from django.contrib.auth import views as auth_views


class PortalLogin(auth_views.LoginView):
    template_name = "portal/login.html"
    redirect_authenticated_user = True
