# corpus: safe DB104
from ninja import Router, Schema
from ninja.pagination import PageNumberPagination, paginate

from .models import Item

router = Router()


class ItemOut(Schema):
    id: int
    name: str


@router.get("/items", response=list[ItemOut])
@paginate(PageNumberPagination, page_size=50)
def list_items(request):
    return Item.objects.filter(active=True).order_by("name")
