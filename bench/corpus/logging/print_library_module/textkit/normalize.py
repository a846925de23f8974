# corpus: vulnerable REL110
"""Library code printing a warning its caller cannot silence."""

import unicodedata


def normalize(text, form="NFKC"):
    if form not in ("NFC", "NFKC", "NFD", "NFKD"):
        print("unknown normalization form", form, "- using NFKC")
        form = "NFKC"
    return unicodedata.normalize(form, text)
