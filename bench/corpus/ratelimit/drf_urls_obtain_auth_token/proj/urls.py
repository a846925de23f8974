# corpus: vulnerable SEC217
from django.urls import path
from rest_framework.authtoken import views as token_views

urlpatterns = [
    path("api-token-auth/", token_views.obtain_auth_token),
]
