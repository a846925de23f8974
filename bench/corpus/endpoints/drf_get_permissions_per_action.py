# corpus: safe SEC214
from rest_framework import permissions, viewsets
from rest_framework.response import Response
from rest_framework.views import APIView


class OrgMembers(APIView):
    permission_classes = [permissions.IsAuthenticated]

    def post(self, request, org_id):
        return Response({}, status=201)


class OrgSettings(APIView):
    permission_classes = [permissions.IsAdminUser]

    def put(self, request, org_id):
        return Response({})


class OrgViewSet(viewsets.ModelViewSet):
    def get_permissions(self):
        if self.action in ("list", "retrieve"):
            return [permissions.AllowAny()]
        return [permissions.IsAdminUser()]
