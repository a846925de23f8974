# corpus: safe REL113
import smtplib
from email.message import EmailMessage

from django.conf import settings


def send_alert(subject, body):
    message = EmailMessage()
    message["Subject"] = subject
    message.set_content(body)
    with smtplib.SMTP(settings.EMAIL_HOST, settings.EMAIL_PORT, timeout=10) as smtp:
        smtp.starttls()
        smtp.send_message(message)
