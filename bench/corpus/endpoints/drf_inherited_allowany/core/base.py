from rest_framework import generics
from rest_framework.permissions import AllowAny


class OpenAPIView(generics.GenericAPIView):
    permission_classes = (AllowAny,)
