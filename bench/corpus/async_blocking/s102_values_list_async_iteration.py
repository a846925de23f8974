# corpus: safe ASY102
from django.http import JsonResponse
from newsletter.models import Subscriber


async def export_emails(request):
    emails = Subscriber.objects.filter(confirmed=True).values_list("email", flat=True)
    return JsonResponse({"emails": [email async for email in emails]})
