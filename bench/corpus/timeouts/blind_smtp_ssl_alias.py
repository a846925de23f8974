# corpus: vulnerable REL113
from email.message import EmailMessage
from smtplib import SMTP_SSL as MailServer

from django.conf import settings


class ReceiptMailer:
    def send(self, order):
        message = EmailMessage()
        message["To"] = order.email
        message["Subject"] = f"Receipt for order {order.pk}"
        message.set_content(order.render_receipt())
        with MailServer(settings.EMAIL_HOST, settings.EMAIL_PORT) as server:
            server.login(settings.EMAIL_HOST_USER, settings.EMAIL_HOST_PASSWORD)
            server.send_message(message)
