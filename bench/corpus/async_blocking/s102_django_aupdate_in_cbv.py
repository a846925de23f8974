# corpus: safe ASY102
from billing.models import Subscription
from django.http import HttpResponse
from django.views import View


class CancelSubscriptionView(View):
    async def post(self, request, pk):
        await Subscription.objects.filter(pk=pk, owner_id=request.session["uid"]).aupdate(
            active=False
        )
        return HttpResponse(status=204)
