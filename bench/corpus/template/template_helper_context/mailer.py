from jinja2 import Environment

env = Environment(autoescape=True)
SIGNATURE = "<p>{{ name }}</p><footer>{{ footer }}</footer>"


def render_signature(user_text: str, name: str) -> str:
    return env.from_string(SIGNATURE).render(name=name, footer=user_text)
