# corpus: safe REL120
# Tested in orders/tests.py, the module `manage.py startapp` creates.
from django.urls import path

from orders import views

app_name = "orders"
urlpatterns = [
    path("", views.OrderListView.as_view(), name="list"),
    path("<int:pk>/", views.OrderDetailView.as_view(), name="detail"),
]
