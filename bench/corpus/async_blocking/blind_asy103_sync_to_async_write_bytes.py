# corpus: safe ASY103
from pathlib import Path

from asgiref.sync import sync_to_async
from django.http import JsonResponse

INBOX = Path("/srv/inbox")


async def receive_fax(request):
    name = f"{request.headers['X-Fax-Id']}.pdf"
    await sync_to_async((INBOX / name).write_bytes)(request.body)
    return JsonResponse({"stored": name})
