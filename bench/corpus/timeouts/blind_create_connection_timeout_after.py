# corpus: vulnerable REL113
# settimeout() is applied only after create_connection() returned: the connect itself is unbounded.
import socket


class LicenseClient:
    def __init__(self, host, port=7070):
        self.address = (host, port)

    def check(self, key):
        sock = socket.create_connection(self.address)
        sock.settimeout(5)
        try:
            sock.sendall(f"CHECK {key}\n".encode())
            return sock.recv(64).strip() == b"OK"
        finally:
            sock.close()
