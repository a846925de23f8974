# corpus: safe REL113
import smtplib

SMTP_OPTIONS = {"host": "smtp.internal", "port": 587, "timeout": 10}


def send_alert(message):
    with smtplib.SMTP(**SMTP_OPTIONS) as smtp:
        smtp.starttls()
        smtp.send_message(message)
