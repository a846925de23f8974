from django.urls import path

from . import views

app_name = "orders"

urlpatterns = [
    path("", views.order_list, name="list"),
    path("checkout/", views.checkout, name="checkout"),
    path("<int:order_id>/", views.order_detail, name="detail"),
    path("recent/", views.recent_orders, name="recent"),
    path("history/", views.OrderHistory.as_view(), name="history"),
]
