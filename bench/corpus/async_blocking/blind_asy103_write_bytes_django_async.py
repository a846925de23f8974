# corpus: vulnerable ASY103
from pathlib import Path

from django.http import JsonResponse

INBOX = Path("/srv/inbox")


async def receive_fax(request):
    name = f"{request.headers['X-Fax-Id']}.pdf"
    (INBOX / name).write_bytes(request.body)
    return JsonResponse({"stored": name})
