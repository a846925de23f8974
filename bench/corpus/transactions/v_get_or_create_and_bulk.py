# corpus: vulnerable REL115
from catalog.models import Tag, TaggedItem
from django.http import JsonResponse


def tag_items(request):
    tag, _ = Tag.objects.get_or_create(name=request.POST["tag"])
    TaggedItem.objects.bulk_create(
        TaggedItem(tag=tag, item_id=i) for i in request.POST.getlist("item")
    )
    return JsonResponse({"tag": tag.pk})
