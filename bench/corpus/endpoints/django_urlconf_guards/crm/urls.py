from django.contrib.auth.decorators import login_required
from django.urls import path

from crm import views

urlpatterns = [
    path("leads/", login_required(views.lead_list)),
    path("leads/new/", login_required(views.lead_create)),
    path("leads/<int:pk>/assign/", login_required(views.lead_assign)),
    path("leads/<int:pk>/delete/", views.lead_delete),
]
