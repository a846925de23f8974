"""Cryptography rules: password hashing, secret comparison, weak hashes and ciphers, randomness."""
