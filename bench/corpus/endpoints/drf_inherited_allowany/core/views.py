# corpus: vulnerable SEC215
from rest_framework import mixins

from core.base import OpenAPIView


class ShipmentUpdate(mixins.UpdateModelMixin, OpenAPIView):
    def put(self, request, *args, **kwargs):
        return self.update(request, *args, **kwargs)
