# corpus: vulnerable SEC102
import subprocess

from django.http import HttpResponse


def calendar(request):
    locale = request.COOKIES.get("locale", "en_US.UTF-8")
    text = subprocess.check_output(f"LC_ALL={locale} cal", shell=True, text=True)
    return HttpResponse(text, content_type="text/plain")
