from pathlib import Path

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"


def _read_template(name):
    return (TEMPLATE_DIR / f"{name}.md").read_text(encoding="utf-8")


def render_page(name, **context):
    return _read_template(name).format(**context)
