# corpus: vulnerable SEC106
import secrets

from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from oauth.models import AuthorizationCode


@login_required
def authorize(request):
    redirect_uri = request.GET["redirect_uri"]
    code = secrets.token_urlsafe(32)
    AuthorizationCode.objects.create(user=request.user, code=code)
    # The code goes to whatever host the link names.
    return HttpResponseRedirect(f"{redirect_uri}?code={code}")
