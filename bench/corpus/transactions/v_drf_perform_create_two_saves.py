# corpus: vulnerable REL115
from rest_framework import viewsets
from shop.models import Wallet


class TransferViewSet(viewsets.ModelViewSet):
    def perform_create(self, serializer):
        transfer = serializer.save(owner=self.request.user)
        Wallet.objects.filter(pk=transfer.source_id).update(balance=transfer.new_source_balance)
        Wallet.objects.filter(pk=transfer.target_id).update(balance=transfer.new_target_balance)
