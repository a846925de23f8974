# corpus: vulnerable SEC307
import socket
import ssl


def connect(host):
    # PROTOCOL_TLS contexts start with verify_mode=CERT_NONE and check_hostname=False.
    context = ssl.SSLContext(ssl.PROTOCOL_TLS)
    sock = socket.create_connection((host, 443))
    return context.wrap_socket(sock, server_hostname=host)
