# corpus: safe SEC401
from django import forms
from django.urls import path

from . import views

PASSWORD_RESET_TIMEOUT = 60 * 60 * 24
TOKEN_HEADER = "Authorization"
token_type = "bearer"


class SignupForm(forms.Form):
    password_field = "password1"
    password1 = forms.CharField(widget=forms.PasswordInput, label="Password")
    password2 = forms.CharField(widget=forms.PasswordInput, label="Password (again)")


urlpatterns = [
    path("reset/<uidb64>/<token>/", views.reset_confirm, name="password_reset_confirm"),
]
