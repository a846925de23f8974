# corpus: safe SEC215
from rest_framework import generics
from rest_framework.permissions import AllowAny
from rest_framework.throttling import AnonRateThrottle


class SignUpView(generics.CreateAPIView):
    permission_classes = [AllowAny]
    throttle_classes = [AnonRateThrottle]
