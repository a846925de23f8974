from django.urls import path

from . import handlers

urlpatterns = [
    path("reports/<str:region>/", handlers.region_report, name="region-report"),
]
