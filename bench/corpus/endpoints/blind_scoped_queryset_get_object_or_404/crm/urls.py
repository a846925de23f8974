from django.urls import path

from crm import views

urlpatterns = [
    path("deals/", views.deal_list),
    path("deals/<int:deal_id>/", views.deal_detail),
]
