# corpus: safe DB103
from notifications.models import Notification


def mark_read(notifications, bulk=True):
    if bulk:
        Notification.objects.filter(pk__in=[n.pk for n in notifications]).update(read=True)
    else:
        for notification in notifications:
            notification.read = True
            notification.save()  # runs the post_save receivers on purpose
