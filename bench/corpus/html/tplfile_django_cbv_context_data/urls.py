from django.urls import path

from . import views

urlpatterns = [path("reports/orders/", views.OrderReportView.as_view(), name="order-report")]
