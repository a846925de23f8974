# corpus: safe DB103
from django.shortcuts import redirect

from .forms import LineFormSet
from .models import Line


def edit_lines(request, order_id):
    formset = LineFormSet(request.POST)
    if formset.is_valid():
        lines = []
        for form in formset:
            line = form.save(commit=False)
            line.order_id = order_id
            lines.append(line)
        Line.objects.bulk_create(lines)
    return redirect("order-detail", order_id)
