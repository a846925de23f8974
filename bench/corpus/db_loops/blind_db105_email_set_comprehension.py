# corpus: vulnerable DB105
from django.contrib.auth import get_user_model

User = get_user_model()


def staff_emails():
    return {u.email for u in User.objects.filter(is_staff=True, is_active=True)}
