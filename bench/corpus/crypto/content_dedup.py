# corpus: safe SEC208
import hashlib

from .models import Image


def save_image(upload) -> Image:
    data = upload.read()
    content_hash = hashlib.md5(data).hexdigest()
    existing = Image.objects.filter(content_hash=content_hash).first()
    return existing or Image.objects.create(content_hash=content_hash, data=data)
