# corpus: vulnerable DB101
from .emails import recipient_of
from .models import Post


def recipients():
    return {recipient_of(post) for post in Post.objects.all()}
