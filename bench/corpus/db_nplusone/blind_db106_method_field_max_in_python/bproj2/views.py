# corpus: safe DB106
from rest_framework import viewsets

from .models import Project
from .serializers import ProjectSerializer


class ProjectViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Project.objects.filter(archived=False).prefetch_related("tasks").order_by("id")
    serializer_class = ProjectSerializer
