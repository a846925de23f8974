# corpus: vulnerable ASY102
from django.http import JsonResponse
from django.views import View
from newsletter.models import Subscriber


class SubscriberCountView(View):
    def get_queryset(self):
        return Subscriber.objects.filter(confirmed=True)

    async def get(self, request):
        return JsonResponse({"count": self.get_queryset().count()})
