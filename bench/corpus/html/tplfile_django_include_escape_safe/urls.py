from django.urls import path

from . import views

urlpatterns = [path("notes/preview/", views.preview_note, name="note-preview")]
