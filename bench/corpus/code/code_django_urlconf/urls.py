from django.urls import path

from . import views

urlpatterns = [path("convert/<str:expression>/", views.unit_convert)]
