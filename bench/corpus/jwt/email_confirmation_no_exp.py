# corpus: vulnerable SEC203
"""Email confirmation link signed as a JWT with no expiry: it works forever."""

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse

import jwt


def send_confirmation(request, user):
    claims = dict(user_id=user.pk, email=user.email, purpose="confirm-email")
    token = jwt.encode(claims, settings.SECRET_KEY, algorithm="HS256")
    link = request.build_absolute_uri(reverse("confirm-email", args=[token]))
    send_mail("Confirm your email", link, None, [user.email])
