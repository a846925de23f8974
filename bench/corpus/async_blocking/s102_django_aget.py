# corpus: safe ASY102
from blog.models import Post
from django.http import JsonResponse


async def post_detail(request, slug):
    post = await Post.objects.aget(slug=slug, status="published")
    return JsonResponse({"title": post.title, "body": post.body})
