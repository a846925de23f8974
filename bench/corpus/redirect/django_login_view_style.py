# corpus: safe SEC106
from django.conf import settings
from django.shortcuts import redirect, resolve_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View


class AfterLoginView(View):
    def get(self, request):
        redirect_to = request.GET.get("next", "")
        url_is_safe = url_has_allowed_host_and_scheme(
            url=redirect_to,
            allowed_hosts={request.get_host()},
            require_https=request.is_secure(),
        )
        if not url_is_safe:
            redirect_to = resolve_url(settings.LOGIN_REDIRECT_URL)
        return redirect(redirect_to)
