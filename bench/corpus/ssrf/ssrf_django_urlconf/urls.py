from django.urls import path

from . import views

urlpatterns = [path("upstream/<path:target>", views.upstream)]
