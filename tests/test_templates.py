"""Unescaped template output, found in Django and Jinja2 template text."""

from __future__ import annotations

from scrutiny.taint.templates import unsafe_uses

TEMPLATE = """\
<h1>{{ title }}</h1>
<div>{{ comment.body|safe }}</div>
<p>{{ bio | linebreaks | safe }}</p>
{% autoescape off %}
  <section>{{ signature }}</section>
  {% autoescape on %}<i>{{ inner }}</i>{% endautoescape %}
{% endautoescape %}
<footer>{{ footer }}</footer>
{{ items|safeseq|join:", " }}
{% autoescape false %}{{ jinja_raw }}{% endautoescape %}
"""


def test_safe_filters_and_autoescape_off_blocks() -> None:
    found = [(u.variable, u.line, u.why) for u in unsafe_uses(TEMPLATE)]
    assert found == [
        ("comment", 2, "`|safe` filter"),
        ("bio", 3, "`|safe` filter"),
        ("signature", 5, "`{% autoescape off %}` block"),
        ("items", 9, "`|safe` filter"),
        ("jinja_raw", 10, "`{% autoescape off %}` block"),
    ]


def test_escaped_output_is_not_reported() -> None:
    assert unsafe_uses("<p>{{ name }}</p>{{ name|escape }}{{ 'x'|safe }}") == ()
