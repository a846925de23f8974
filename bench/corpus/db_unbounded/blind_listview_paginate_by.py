# corpus: safe DB104
from django.db import models
from django.views.generic import ListView


class Article(models.Model):
    title = models.CharField(max_length=200)
    published = models.DateTimeField(null=True, db_index=True)


class ArchiveView(ListView):
    template_name = "news/archive.html"
    context_object_name = "articles"
    paginate_by = 25

    def get_queryset(self):
        return Article.objects.exclude(published=None).order_by("-published")
