# corpus: safe DB101
import logging

from .models import Post

logger = logging.getLogger(__name__)


def announce_latest():
    for post in Post.objects.select_related("author").order_by("-id")[:10]:
        logger.info("announcing %s", f"{post}")
