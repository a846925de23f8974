from django.urls import path

from . import views

urlpatterns = [path("docs/<path:doc>", views.serve_doc)]
