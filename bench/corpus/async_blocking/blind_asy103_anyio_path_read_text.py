# corpus: safe ASY103
from pathlib import Path

import anyio
from django.core.mail import EmailMessage
from django.http import JsonResponse

TEMPLATES = Path(__file__).parent / "mail"


async def send_welcome(request):
    body = await anyio.Path(TEMPLATES / "welcome.txt").read_text(encoding="utf-8")
    EmailMessage("Welcome", body, to=[request.POST["email"]])
    return JsonResponse({"queued": True})
