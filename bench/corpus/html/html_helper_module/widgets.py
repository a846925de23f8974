def card(title: str, body: str) -> str:
    return f'<div class="card"><h3>{title}</h3><p>{body}</p></div>'
