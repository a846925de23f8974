# corpus: safe SEC113
from django.http import JsonResponse

LANGUAGES = {"en": "en-US", "de": "de-DE", "fr": "fr-FR"}


def set_language(request):
    request.session["language"] = LANGUAGES.get(request.POST.get("lang", ""), "en-US")
    return JsonResponse({"language": request.session["language"]})
