"""JSON Web Token misuse: unverified signatures, unsafe algorithms, no expiry, weak secrets."""
