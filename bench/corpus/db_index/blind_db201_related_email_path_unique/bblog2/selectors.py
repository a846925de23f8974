# corpus: safe DB201
from .models import Post


def posts_by_writer_email(email):
    return Post.objects.filter(writer__email=email).order_by("-id")
