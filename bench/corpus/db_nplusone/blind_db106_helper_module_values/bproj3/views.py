# corpus: vulnerable DB106
from django.http import JsonResponse

from .helpers import task_titles
from .models import Project


def board(request):
    projects = Project.objects.filter(archived=False).prefetch_related("tasks")
    return JsonResponse({p.name: task_titles(p) for p in projects})
