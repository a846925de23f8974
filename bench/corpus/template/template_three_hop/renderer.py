from jinja2 import Environment

ENV = Environment(autoescape=True)


def render_source(source: str, context: dict) -> str:
    return ENV.from_string(source).render(**context)
