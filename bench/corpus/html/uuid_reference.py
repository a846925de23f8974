# corpus: safe SEC111
import uuid

from django.http import HttpResponse


def ticket_created(request):
    ticket = uuid.UUID(request.GET["ticket"])
    return HttpResponse(f"<p>Your ticket <code>{ticket}</code> was created.</p>")
