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


def project_progress():
    projects = Project.objects.filter(archived=False).prefetch_related("tasks")
    report = []
    for project in projects:
        total = len(project.tasks.all())
        done = project.tasks.filter(done=True).count()
        report.append((project.name, done, total))
    return report
