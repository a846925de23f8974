from django.urls import path

from . import views

app_name = "shipping"

urlpatterns = [
    path("quote/", views.quote, name="quote"),
    path("quote/order/<int:order_id>/", views.order_quote, name="order-quote"),
    path("carriers/", views.carriers, name="carriers"),
]
