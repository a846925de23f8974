from django.urls import path

from . import views

urlpatterns = [path("wiki/<str:slug>/", views.wiki_page)]
