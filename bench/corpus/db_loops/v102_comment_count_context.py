# corpus: vulnerable DB102
from blog.models import Comment, Post
from django.shortcuts import render


def post_index(request):
    rows = []
    for post in Post.objects.filter(published=True).order_by("-created")[:30]:
        rows.append((post, Comment.objects.filter(post=post, approved=True).count()))
    return render(request, "blog/index.html", {"rows": rows})
