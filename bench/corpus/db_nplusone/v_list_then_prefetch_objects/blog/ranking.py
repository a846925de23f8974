# corpus: vulnerable DB101

from .models import Post


def most_discussed():
    posts = list(Post.objects.filter(published=True)[:100])
    ranked = sorted(posts, key=lambda p: len(p.comments.all()), reverse=True)
    return [p.title for p in ranked[:10]]
