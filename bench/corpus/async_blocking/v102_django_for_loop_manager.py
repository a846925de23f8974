# corpus: vulnerable ASY102
from django.http import StreamingHttpResponse
from events.models import Event


async def export_events(request):
    async def rows():
        yield "id,name\n"
        for event in Event.objects.all().iterator():
            yield f"{event.id},{event.name}\n"

    return StreamingHttpResponse(rows(), content_type="text/csv")
