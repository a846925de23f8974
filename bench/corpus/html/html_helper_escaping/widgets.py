from django.utils.html import conditional_escape


def card(title: str, body: str) -> str:
    return (
        f'<div class="card"><h3>{conditional_escape(title)}</h3>'
        f"<p>{conditional_escape(body)}</p></div>"
    )
