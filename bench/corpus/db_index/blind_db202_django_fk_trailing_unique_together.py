# corpus: vulnerable DB202
from django.db import models


class Warehouse(models.Model):
    code = models.CharField(max_length=10, unique=True)


class Bin(models.Model):
    label = models.CharField(max_length=20)
    warehouse = models.ForeignKey(Warehouse, on_delete=models.CASCADE, db_index=False)

    class Meta:
        # warehouse is the second column: it does not serve lookups by warehouse alone.
        unique_together = [("label", "warehouse")]
