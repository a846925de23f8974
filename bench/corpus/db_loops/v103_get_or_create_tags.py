# corpus: vulnerable DB103
from blog.models import Tag


def tags_from_text(text):
    tags = []
    for word in set(text.split()):
        if word.startswith("#"):
            tag, _ = Tag.objects.get_or_create(name=word[1:].lower())
            tags.append(tag)
    return tags
