from django.urls import path

from . import views

app_name = "payments"

urlpatterns = [
    path("events/", views.payment_event, name="events"),
]
