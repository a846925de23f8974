# corpus: safe SEC206
def parse_authorization(header: str) -> str | None:
    token_type, _, token = header.partition(" ")
    if token_type.lower() != "bearer":
        return None
    if token == "":
        return None
    return token
