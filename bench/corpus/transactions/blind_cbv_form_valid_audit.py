# corpus: vulnerable REL115
from django.views.generic.edit import CreateView

from .forms import ContractForm
from .models import AuditEntry, Contract


class ContractCreateView(CreateView):
    model = Contract
    form_class = ContractForm

    def form_valid(self, form):
        form.instance.owner = self.request.user
        self.object = form.save()
        AuditEntry.objects.create(
            actor=self.request.user, action="contract.created", target=self.object.pk
        )
        return super().form_valid(form)
