# corpus: vulnerable DB101
from django.views.generic import TemplateView

from .models import Post


class HomeView(TemplateView):
    template_name = "blog/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["recent_posts"] = Post.objects.filter(published=True)[:5]
        return context
