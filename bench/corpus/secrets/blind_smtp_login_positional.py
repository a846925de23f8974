# corpus: vulnerable SEC401
"""SMTP password passed positionally to `login()`: no secret-ish name anywhere."""

import smtplib
from email.message import EmailMessage


def send_alert(subject: str, body: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = "alerts@corp.example.com"
    msg["To"] = "oncall@corp.example.com"
    msg.set_content(body)
    with smtplib.SMTP_SSL("smtp.corp.example.com", 465) as smtp:
        smtp.login("alerts@corp.example.com", "Qv7!mR2pLw9zTe4#")
        smtp.send_message(msg)
