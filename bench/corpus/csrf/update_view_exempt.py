# corpus: vulnerable SEC212
from django.contrib.auth.mixins import LoginRequiredMixin
from django.utils.decorators import method_decorator
from django.views.decorators.csrf import csrf_exempt
from django.views.generic.edit import UpdateView

from .models import Profile


@method_decorator(csrf_exempt, name="dispatch")
class ProfileEdit(LoginRequiredMixin, UpdateView):
    model = Profile
    fields = ("display_name", "email")
