# corpus: safe REL120
from django.urls import path

from orders import views

urlpatterns = [
    path("<int:pk>/", views.detail),
    path("<int:pk>/cancel/", views.cancel),
]
