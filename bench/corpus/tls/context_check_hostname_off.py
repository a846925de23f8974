# corpus: vulnerable SEC307
import smtplib
import ssl


def send_report(host, message):
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    with smtplib.SMTP_SSL(host, 465, context=context) as smtp:
        smtp.send_message(message)
