from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("token/", views.sign_in, name="sign-in"),
    path("me/", views.me, name="me"),
]
