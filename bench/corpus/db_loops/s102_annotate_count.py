# corpus: safe DB102
from blog.models import Post
from django.db.models import Count
from django.shortcuts import render


def post_index(request):
    posts = Post.objects.filter(published=True).annotate(n_comments=Count("comments"))[:30]
    rows = [(post, post.n_comments) for post in posts]
    return render(request, "blog/index.html", {"rows": rows})
