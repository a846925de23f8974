# corpus: vulnerable SEC201
"""A helper module that every view uses to read the caller's claims."""

import jwt as pyjwt

UNVERIFIED = dict(verify_signature=False)


def claims_from(request):
    token = request.headers["X-Auth-Token"]
    return pyjwt.decode(token, options=UNVERIFIED)
