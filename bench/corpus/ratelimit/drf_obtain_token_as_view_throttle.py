# corpus: safe SEC217
from django.urls import path
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.throttling import AnonRateThrottle

urlpatterns = [
    path("api/token/", ObtainAuthToken.as_view(throttle_classes=[AnonRateThrottle])),
]
