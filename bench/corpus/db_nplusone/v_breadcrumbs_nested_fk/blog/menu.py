# corpus: vulnerable DB101
from .models import Post


def breadcrumbs():
    return [
        (p.title, p.category.title, p.category.parent.title if p.category.parent else "")
        for p in Post.objects.select_related("category").order_by("-id")[:50]
    ]
