# corpus: vulnerable REL120
# The viewset's `refund` action (POST payments/<pk>/refund/) has no test.
from django.urls import include, path
from rest_framework.routers import DefaultRouter

from api.views import PaymentViewSet

router = DefaultRouter()
router.register("payments", PaymentViewSet, basename="payment")

urlpatterns = [path("api/", include(router.urls))]
