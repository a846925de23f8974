from django.db import models


class PriceOverride(models.Model):
    product_id = models.IntegerField(db_index=True)
    customer_id = models.IntegerField(db_index=True)
    amount = models.DecimalField(max_digits=10, decimal_places=2)
