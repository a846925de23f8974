def campaign_layout(subject: str, greeting: str) -> str:
    return f"<h1>{subject}</h1><p>{greeting}, {{{{ first_name }}}}</p>"
