# corpus: vulnerable DB104
from ninja import Router, Schema

from .models import Item

router = Router()


class ItemOut(Schema):
    id: int
    name: str


@router.get("/items", response=list[ItemOut])
def list_items(request):
    return Item.objects.filter(active=True).order_by("name")
