# corpus: safe SEC216
"""The lookup runs on a queryset already scoped to the user's accounts."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from crm.models import Deal


@login_required
def deal_list(request):
    deals = Deal.objects.filter(owner=request.user)
    return render(request, "crm/deals.html", {"deals": deals})


@login_required
def deal_detail(request, deal_id):
    visible = Deal.objects.filter(account__members=request.user)
    deal = get_object_or_404(visible, pk=deal_id)
    return render(request, "crm/deal.html", {"deal": deal})
