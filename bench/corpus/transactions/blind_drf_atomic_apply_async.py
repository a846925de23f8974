# corpus: vulnerable REL116
from django.db import transaction
from rest_framework import viewsets

from .models import Account
from .serializers import AccountSerializer
from .tasks import send_welcome_email


class AccountViewSet(viewsets.ModelViewSet):
    queryset = Account.objects.all()
    serializer_class = AccountSerializer

    @transaction.atomic
    def perform_create(self, serializer):
        account = serializer.save(owner=self.request.user)
        account.quota.create(limit=100)
        send_welcome_email.apply_async(args=[account.pk], countdown=5)
