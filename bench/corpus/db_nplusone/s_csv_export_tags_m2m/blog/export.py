# corpus: safe DB101
import csv

from .models import Post


def export_posts(stream):
    writer = csv.writer(stream)
    for post in Post.objects.prefetch_related("tags").iterator(chunk_size=500):
        writer.writerow([post.title, ",".join(t.slug for t in post.tags.all())])
