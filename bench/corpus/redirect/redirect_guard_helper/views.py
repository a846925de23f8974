# corpus: safe SEC106
from django.shortcuts import redirect

from redirect_guard_helper.security import is_safe_next


def after_checkout(request):
    next_url = request.GET.get("next", "/")
    if not is_safe_next(request, next_url):
        next_url = "/"
    return redirect(next_url)
