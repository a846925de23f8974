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


def first_open_task_per_project():
    result = {}
    for project in Project.objects.filter(archived=False).prefetch_related("tasks"):
        first_open = project.tasks.filter(done=False).order_by("created").first()
        result[project.pk] = first_open.title if first_open else None
    return result
