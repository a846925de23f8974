# corpus: vulnerable DB106
from django.db import models


class Project(models.Model):
    name = models.CharField(max_length=120)
    archived = models.BooleanField(default=False)


class Task(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="tasks")
    title = models.CharField(max_length=200)
    done = models.BooleanField(default=False)
    due = models.DateField(null=True)
    created = models.DateTimeField(auto_now_add=True)


def pinned_titles(pins):
    """pins: {project_id: task_id}"""
    projects = Project.objects.filter(pk__in=pins).prefetch_related("tasks")
    return {p.name: p.tasks.get(pk=pins[p.pk]).title for p in projects}
