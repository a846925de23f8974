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


def next_deadlines():
    projects = Project.objects.filter(archived=False).prefetch_related(
        Prefetch(
            "tasks",
            queryset=Task.objects.exclude(due=None).order_by("due"),
            to_attr="dated_tasks",
        )
    )
    return {p.name: [t.title for t in p.dated_tasks[:3]] for p in projects}
