# corpus: safe SEC210
"""A/B bucket stored in a cookie: not a secret, a user may pick either variant."""

import random

from django.shortcuts import render


def landing(request):
    variant = request.COOKIES.get("ab_variant") or random.choice(["a", "b"])
    response = render(request, "landing_%s.html" % variant)
    response.set_cookie("ab_variant", variant, max_age=30 * 24 * 3600)
    return response
