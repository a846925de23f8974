# corpus: safe SEC307
"""Server-side TLS context: CERT_NONE here only means "don't ask clients for certificates"."""

import asyncio
import ssl


def make_server_context(certfile: str, keyfile: str) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(certfile, keyfile)
    ctx.verify_mode = ssl.CERT_NONE  # no mutual TLS: browsers connect without client certs
    return ctx


async def serve(handler, certfile: str, keyfile: str) -> None:
    server = await asyncio.start_server(
        handler, "0.0.0.0", 8443, ssl=make_server_context(certfile, keyfile)
    )
    async with server:
        await server.serve_forever()
