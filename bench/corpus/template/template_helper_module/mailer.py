from jinja2 import Environment

env = Environment()


def render_signature(user_text: str, name: str) -> str:
    source = "<p>{{ name }}</p><footer>" + user_text + "</footer>"
    return env.from_string(source).render(name=name)
