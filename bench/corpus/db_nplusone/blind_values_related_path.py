# corpus: safe DB101
from django.db import models
from django.http import JsonResponse


class Department(models.Model):
    title = models.CharField(max_length=80)


class Employee(models.Model):
    name = models.CharField(max_length=120)
    department = models.ForeignKey(Department, on_delete=models.PROTECT)
    active = models.BooleanField(default=True)


def directory(request):
    rows = Employee.objects.filter(active=True).values("id", "name", "department__title")
    return JsonResponse(
        {"people": [{"name": r["name"], "dept": r["department__title"]} for r in rows]}
    )
