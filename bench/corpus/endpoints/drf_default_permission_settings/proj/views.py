# corpus: safe SEC214
from rest_framework import permissions, viewsets
from rest_framework.response import Response
from rest_framework.views import APIView


class TeamMembers(APIView):
    permission_classes = [permissions.IsAuthenticated]

    def post(self, request, team_id):
        return Response({}, status=201)


class TeamSettings(APIView):
    permission_classes = [permissions.IsAdminUser]

    def put(self, request, team_id):
        return Response({})


class TeamArchive(APIView):
    def post(self, request, team_id):
        return Response({"archived": True})


class TeamViewSet(viewsets.ModelViewSet):
    pass
