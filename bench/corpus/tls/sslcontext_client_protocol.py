# corpus: safe SEC307
import socket
import ssl


def connect(host):
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.load_default_certs()
    sock = socket.create_connection((host, 443))
    return context.wrap_socket(sock, server_hostname=host)
