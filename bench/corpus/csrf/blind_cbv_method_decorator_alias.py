# corpus: vulnerable SEC212
"""CSRF exempt (imported under an alias) on a logged-in profile update view."""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt as no_csrf


@method_decorator(no_csrf, name="dispatch")
class ProfileUpdateView(LoginRequiredMixin, View):
    def post(self, request):
        request.user.first_name = request.POST.get("first_name", "")
        request.user.save()
        return JsonResponse({"ok": True})
