# corpus: safe REL110
"""A one-off script under scripts/."""

import django

django.setup()

from blog.models import Post  # noqa: E402

for post in Post.objects.filter(slug=""):
    post.save()
    print("fixed", post.pk)
