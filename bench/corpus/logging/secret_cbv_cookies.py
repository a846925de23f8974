# corpus: vulnerable REL111
"""A class-based view logs every cookie through `self.request`."""

import logging

from django.views.generic import TemplateView

logger = logging.getLogger(__name__)


class DashboardView(TemplateView):
    template_name = "dashboard.html"

    def get_context_data(self, **kwargs):
        logger.debug("dashboard cookies: %s", self.request.COOKIES)
        return super().get_context_data(**kwargs)
