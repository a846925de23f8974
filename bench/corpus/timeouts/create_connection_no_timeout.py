# corpus: vulnerable REL113
from socket import create_connection as connect


def whois(domain):
    with connect(("whois.iana.org", 43)) as conn:
        conn.sendall(domain.encode() + b"\r\n")
        return conn.recv(4096).decode()
