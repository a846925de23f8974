# corpus: vulnerable ASY102
from billing.models import Subscription
from django.http import HttpResponse
from django.views import View


class CancelSubscriptionView(View):
    async def post(self, request, pk):
        Subscription.objects.filter(pk=pk, owner_id=request.session["uid"]).update(active=False)
        return HttpResponse(status=204)
