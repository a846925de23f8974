# corpus: vulnerable SEC208
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding


def sign_invoice(private_key, invoice_pdf: bytes) -> bytes:
    return private_key.sign(invoice_pdf, padding.PKCS1v15(), hashes.SHA1())
