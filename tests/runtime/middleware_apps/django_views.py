"""Django views over `django.contrib.auth` models: one with an N+1, one eager-loading."""

from __future__ import annotations

from django.contrib.auth.models import Permission
from django.http import HttpRequest, HttpResponse
from django.urls import path


def permissions_n_plus_one(request: HttpRequest) -> HttpResponse:
    labels = []
    for permission in Permission.objects.order_by("id")[:12]:
        labels.append(permission.content_type.app_label)  # N+1: django
    return HttpResponse(",".join(labels), headers={"X-Count": str(len(labels))})


def permissions_eager(request: HttpRequest) -> HttpResponse:
    permissions = Permission.objects.select_related("content_type").order_by("id")[:12]
    labels = [permission.content_type.app_label for permission in permissions]
    return HttpResponse(",".join(labels), headers={"X-Count": str(len(labels))})


def permissions_failing(request: HttpRequest) -> HttpResponse:
    permissions = Permission.objects.order_by("id")[:12]
    labels = [p.content_type.app_label for p in permissions]  # django-error
    raise ValueError(f"boom after {len(labels)} labels")


urlpatterns = [
    path("permissions/", permissions_n_plus_one),
    path("permissions/eager/", permissions_eager),
    path("permissions/failing/", permissions_failing),
]
