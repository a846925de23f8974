# corpus: vulnerable SEC215
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import AllowAny
from rest_framework.response import Response


class PollViewSet(mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    permission_classes = [AllowAny]

    @action(detail=True, methods=["post"])
    def close(self, request, pk=None):
        poll = self.get_object()
        poll.closed = True
        poll.save()
        return Response({"closed": True})
