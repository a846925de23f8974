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


def next_deadlines():
    projects = Project.objects.prefetch_related("tasks").filter(archived=False)
    return {
        p.name: [t.title for t in p.tasks.exclude(due=None).order_by("due")[:3]] for p in projects
    }
