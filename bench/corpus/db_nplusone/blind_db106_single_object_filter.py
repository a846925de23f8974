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


def project_detail(pk):
    # One project, no loop: the prefetch is pointless but the filter is a single query.
    project = Project.objects.prefetch_related("tasks").get(pk=pk)
    open_tasks = project.tasks.filter(done=False)
    return project.name, [t.title for t in open_tasks]
