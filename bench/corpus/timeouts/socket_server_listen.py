# corpus: safe REL113
import socket


def serve_metrics(port, render):
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("0.0.0.0", port))
    server.listen(8)
    try:
        while True:
            conn, _ = server.accept()
            with conn:
                conn.sendall(render())
    finally:
        server.close()
