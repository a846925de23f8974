# corpus: safe DB101
from django.shortcuts import render

from .formatting import category_titles
from .models import Post


def categories(request):
    titles = category_titles(Post.objects.filter(published=True).select_related("category"))
    return render(request, "blog/categories.html", {"titles": titles})
