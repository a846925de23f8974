# corpus: safe SEC212
from django.conf import settings
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from slack_sdk.signature import SignatureVerifier

verifier = SignatureVerifier(settings.SLACK_SIGNING_SECRET)


@csrf_exempt
def slack_events(request):
    if request.method == "POST" and not verifier.is_valid_request(request.body, request.headers):
        return HttpResponse(status=403)
    return HttpResponse(status=200)
