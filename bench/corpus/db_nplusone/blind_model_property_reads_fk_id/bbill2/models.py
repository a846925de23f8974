from django.db import models


class Account(models.Model):
    company_name = models.CharField(max_length=120)


class Invoice(models.Model):
    number = models.CharField(max_length=30, unique=True)
    account = models.ForeignKey(Account, on_delete=models.PROTECT)
    total = models.DecimalField(max_digits=12, decimal_places=2)
    due = models.DateField(db_index=True)

    @property
    def label(self):
        return f"{self.number} / acct #{self.account_id}"
