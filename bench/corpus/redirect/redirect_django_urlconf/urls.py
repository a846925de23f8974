from django.urls import path

from . import views

urlpatterns = [path("go/<path:target>", views.short_link)]
