# corpus: safe REL120
from django.urls import include, path
from rest_framework.routers import DefaultRouter

from api.views import OrderViewSet

router = DefaultRouter()
router.register("orders", OrderViewSet, basename="order")

urlpatterns = [path("api/v1/", include(router.urls))]
