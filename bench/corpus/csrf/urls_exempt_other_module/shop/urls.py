# corpus: vulnerable SEC212
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from . import views

urlpatterns = [
    path("orders/", csrf_exempt(views.OrderApi.as_view())),
]
