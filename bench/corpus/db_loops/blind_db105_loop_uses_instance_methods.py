# corpus: safe DB105
from django.contrib.auth import get_user_model
from django.core.mail import send_mail

User = get_user_model()


def remind_inactive(since):
    # The instances are needed: get_full_name() and email_user() are model methods.
    for user in User.objects.filter(is_active=True, last_login__lt=since):
        user.email_user("We miss you", f"Hi {user.get_full_name()}, come back!")
    send_mail("reminders sent", "", None, ["ops@example.com"])
