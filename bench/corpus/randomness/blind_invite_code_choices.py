# corpus: vulnerable SEC210
"""Invitation codes grant sign-up to a private workspace: `random.choices` is predictable."""

import random
import string

from .models import Invitation

ALPHABET = string.ascii_uppercase + string.digits


def generate_invite_code(workspace, email):
    code = "".join(random.choices(ALPHABET, k=10))
    return Invitation.objects.create(workspace=workspace, email=email, code=code)
