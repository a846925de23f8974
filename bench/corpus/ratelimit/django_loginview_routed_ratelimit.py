# corpus: safe SEC217
from django.contrib.auth import views as auth_views
from django.urls import path
from django_ratelimit.decorators import ratelimit

urlpatterns = [
    path(
        "accounts/login/",
        ratelimit(key="ip", rate="5/m", method="POST", block=True)(auth_views.LoginView.as_view()),
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view()),
]
