# corpus: safe SEC106
from django.http import HttpResponseRedirect


def sign_out(request):
    target = request.GET.get("return_to", "/")
    # `return_to` was abused for phishing; every logout now lands on the home page.
    target = "/"
    return HttpResponseRedirect(target)
