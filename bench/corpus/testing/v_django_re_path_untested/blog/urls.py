# corpus: vulnerable REL120
from django.urls import re_path

from blog import views

urlpatterns = [re_path(r"^archive/(?P<year>[0-9]{4})/$", views.archive, name="archive")]
