# corpus: vulnerable REL120
from django.urls import path, re_path

from reports import views

app_name = "reports"
urlpatterns = [
    path("", views.index, name="index"),
    re_path(r"^export/(?P<fmt>csv|xlsx)/$", views.export, name="export"),
]
