# corpus: vulnerable REL115
from accounts.models import AuditLog
from django.views.generic import FormView


class ChangeEmailView(FormView):
    def form_valid(self, form):
        user = self.request.user
        user.email = form.cleaned_data["email"]
        user.save(update_fields=["email"])
        AuditLog.objects.create(user=user, action="email-changed")
        return super().form_valid(form)
