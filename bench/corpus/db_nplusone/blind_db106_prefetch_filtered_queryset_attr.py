# corpus: safe DB106
from django.db import models
from django.db.models import Prefetch


class Project(models.Model):
    name = models.CharField(max_length=120)
    archived = models.BooleanField(default=False)


class Task(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="tasks")
    title = models.CharField(max_length=200)
    done = models.BooleanField(default=False)
    due = models.DateField(null=True)
    created = models.DateTimeField(auto_now_add=True)


def open_counts():
    projects = Project.objects.prefetch_related(
        Prefetch("tasks", queryset=Task.objects.filter(done=False), to_attr="open_tasks")
    )
    return [(p.name, len(p.open_tasks)) for p in projects]
