# corpus: vulnerable DB101
from .models import Post


def sitemap_entries():
    return [
        {"title": post.title, "byline": post.byline} for post in Post.objects.filter(published=True)
    ]
