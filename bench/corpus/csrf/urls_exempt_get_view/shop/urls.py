# corpus: safe SEC212
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from .views import OrderFeed

urlpatterns = [
    path("orders/feed/", csrf_exempt(OrderFeed.as_view())),
]
