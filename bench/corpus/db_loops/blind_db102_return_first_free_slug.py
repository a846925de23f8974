# corpus: safe DB102
from django.db import models
from django.utils.text import slugify


class Page(models.Model):
    slug = models.SlugField(unique=True)


def unique_slug(title):
    base = slugify(title)
    # Almost always returns on the first candidate; bounded to a handful of probes.
    for candidate in (base, f"{base}-2", f"{base}-3"):
        if not Page.objects.filter(slug=candidate).exists():
            return candidate
    raise ValueError("slug taken")
