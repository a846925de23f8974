# corpus: safe REL113
import ftplib
import socket

socket.setdefaulttimeout(30)


def upload(path, name):
    ftp = ftplib.FTP("ftp.partner.example.com")
    try:
        ftp.login("acme", "secret")
        with open(path, "rb") as fh:
            ftp.storbinary(f"STOR {name}", fh)
    finally:
        ftp.quit()
