# corpus: vulnerable REL103
from contextlib import suppress as ignoring

from celery import shared_task

from .slack import post_message


@shared_task
def announce_release(version):
    with ignoring(Exception):
        post_message("#releases", f"Version {version} is live")
