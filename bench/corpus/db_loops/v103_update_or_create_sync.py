# corpus: vulnerable DB103
from integrations.models import RemoteUser


def sync_directory(entries):
    for entry in entries:
        RemoteUser.objects.update_or_create(
            external_id=entry["id"],
            defaults={"name": entry["displayName"], "email": entry["mail"]},
        )
