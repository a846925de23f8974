from django.urls import path

from portal.views import PortalLoginView

urlpatterns = [path("portal/login/", PortalLoginView.as_view(), name="portal-login")]
