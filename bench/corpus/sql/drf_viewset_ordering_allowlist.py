# corpus: safe SEC101
from hr.models import Employee
from rest_framework import viewsets
from rest_framework.response import Response

ORDERING_FIELDS = {"last_name", "hired_on", "department_id"}


class EmployeeViewSet(viewsets.ViewSet):
    def list(self, request):
        ordering = request.query_params.get("ordering", "last_name")
        if ordering not in ORDERING_FIELDS:
            ordering = "last_name"
        employees = Employee.objects.raw("SELECT * FROM hr_employee ORDER BY %s" % ordering)
        return Response([{"id": e.id, "name": e.last_name} for e in employees])
