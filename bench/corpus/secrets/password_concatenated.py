# corpus: vulnerable SEC401
import smtplib

SMTP_PASSWORD = "Summer" + "-2024!" + "x9Q"


def send(msg) -> None:
    with smtplib.SMTP_SSL("smtp.shop.io") as smtp:
        smtp.login("alerts@shop.io", SMTP_PASSWORD)
        smtp.send_message(msg)
