from .models import Post


def posts_for(user):
    return Post.objects.filter(published=True, author__user=user)
