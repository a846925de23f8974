# corpus: vulnerable REL111
"""The new password is logged while debugging a reset flow."""

import logging

from django.contrib.auth import get_user_model
from django.http import JsonResponse

logger = logging.getLogger(__name__)


def set_password(request):
    user = get_user_model().objects.get(email=request.POST["email"])
    new_password = request.POST["new_password"]
    logger.debug("setting password for %s to %s", user.pk, new_password)
    user.set_password(new_password)
    user.save()
    return JsonResponse({"ok": True})
