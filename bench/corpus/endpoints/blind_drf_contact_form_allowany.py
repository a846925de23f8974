# corpus: safe SEC215
"""A public contact form: anonymous create-only endpoint, throttled, by design."""

from rest_framework import generics
from rest_framework.permissions import AllowAny
from rest_framework.throttling import AnonRateThrottle

from .models import ContactMessage
from .serializers import ContactMessageSerializer


class ContactMessageCreate(generics.CreateAPIView):
    permission_classes = [AllowAny]
    throttle_classes = [AnonRateThrottle]
    serializer_class = ContactMessageSerializer
    queryset = ContactMessage.objects.none()
