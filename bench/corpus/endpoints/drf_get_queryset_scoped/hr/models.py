from django.db import models


class Payslip(models.Model):
    employee = models.ForeignKey("hr.Employee", on_delete=models.CASCADE)
