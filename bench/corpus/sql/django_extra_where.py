# corpus: vulnerable SEC101
from blog.models import Post
from django.shortcuts import render


def search(request):
    q = request.GET.get("q", "")
    posts = Post.objects.filter(published=True).extra(where=[f"title ILIKE '%%{q}%%'"])
    return render(request, "blog/search.html", {"posts": posts})
