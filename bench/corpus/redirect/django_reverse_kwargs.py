# corpus: safe SEC106
from django.shortcuts import redirect
from django.urls import reverse


def jump_to_article(request):
    slug = request.GET.get("slug", "")
    return redirect(reverse("blog:article", kwargs={"slug": slug}))
