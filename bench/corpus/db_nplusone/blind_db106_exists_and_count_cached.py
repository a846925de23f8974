# corpus: safe DB106
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


def summary():
    rows = []
    for project in Project.objects.prefetch_related("tasks"):
        if project.tasks.exists():
            rows.append(f"{project.name}: {project.tasks.count()} tasks")
    return rows
