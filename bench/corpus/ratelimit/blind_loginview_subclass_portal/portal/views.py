# corpus: vulnerable SEC217
"""Customer portal login (a LoginView subclass); the project has no axes/ratelimit."""

from django.contrib.auth.views import LoginView


class PortalLoginView(LoginView):
    template_name = "portal/login.html"
    redirect_authenticated_user = True
