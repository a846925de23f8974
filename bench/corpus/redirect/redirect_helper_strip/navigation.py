def clean_next(value: str | None) -> str:
    if not value:
        return "/"
    return value.strip()
