# corpus: vulnerable SEC212
"""`csrf_exempt` applied in the URLconf to a generic DeleteView behind login."""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.urls import path, reverse_lazy
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import DeleteView

from .models import Address


class AddressDeleteView(LoginRequiredMixin, DeleteView):
    model = Address
    success_url = reverse_lazy("address-list")

    def get_queryset(self):
        return Address.objects.filter(user=self.request.user)


urlpatterns = [
    path("addresses/<int:pk>/delete/", csrf_exempt(AddressDeleteView.as_view())),
]
