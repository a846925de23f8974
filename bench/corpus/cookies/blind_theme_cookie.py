# corpus: safe SEC211
"""UI preference cookie without flags: carries nothing an attacker could use."""

from django.shortcuts import redirect


def set_theme(request, theme):
    response = redirect(request.headers.get("Referer", "/"))
    response.set_cookie("theme", "dark" if theme == "dark" else "light", max_age=365 * 86400)
    return response
