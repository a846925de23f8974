# corpus: vulnerable REL107
import csv
import io

from django.contrib import messages
from django.shortcuts import redirect

from .models import Customer, ImportRun


def import_customers(request):
    upload = request.FILES["file"]
    run = ImportRun.objects.create(user=request.user, filename=upload.name)
    try:
        text = io.TextIOWrapper(upload.file, encoding="utf-8")
        reader = csv.DictReader(text)
        created = 0
        for row in reader:
            email = row["email"].strip().lower()
            customer, was_created = Customer.objects.get_or_create(email=email)
            customer.name = row["name"]
            customer.save()
            created += int(was_created)
        run.created = created
        run.save()
        messages.success(request, f"{created} customers imported")
    except Exception:
        messages.error(request, "The file could not be imported.")
    return redirect("customers:list")
