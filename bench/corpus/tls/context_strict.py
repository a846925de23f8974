# corpus: safe SEC307
import smtplib
import ssl


def send_report(host, message):
    context = ssl.create_default_context()
    context.check_hostname = True
    context.verify_mode = ssl.CERT_REQUIRED
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    with smtplib.SMTP_SSL(host, 465, context=context) as smtp:
        smtp.send_message(message)
