from django.urls import path

from crm.views import DealDetail, DealList

urlpatterns = [
    path("deals/", DealList.as_view()),
    path("deals/<int:pk>/", DealDetail.as_view()),
]
