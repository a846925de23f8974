# corpus: vulnerable DB101
from django.shortcuts import render

from .formatting import category_titles
from .models import Post


def categories(request):
    titles = category_titles(Post.objects.filter(published=True))
    return render(request, "blog/categories.html", {"titles": titles})
