"""Unescaped template output, found in Django and Jinja2 template text."""

from __future__ import annotations

from scrutiny.taint.templates import TemplateIndex, unsafe_uses

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


def test_index_finds_templates_by_name_through_includes_and_extends() -> None:
    index = TemplateIndex(
        {
            "shop/templates/shop/page.html": '{% extends "base.html" %}{{ title }}',
            "templates/base.html": '{% include "shop/page.html" %}<b>{{ banner|safe }}</b>',
            "other/templates/shop/page.html.bak": "{{ title|safe }}",
            "docs/shop/page.html": "{{ title|safe }}",  # not under a template directory
        }
    )
    assert index.path_of("shop/page.html") == "shop/templates/shop/page.html"
    assert index.path_of("/base.html") == "templates/base.html"
    assert index.path_of("missing.html") is None
    found = index.unsafe_use("shop/page.html", "banner")
    assert found is not None
    where = (found.path, found.use.line, found.use.why)
    assert where == ("templates/base.html", 1, "`|safe` filter")
    # the include cycle (base includes page, page extends base) terminates
    assert index.unsafe_use("shop/page.html", "title") is None


def test_escaping_before_safe_is_not_unsafe() -> None:
    text = "{{ a|escape|safe }} {{ b|safe|escape }} {{ c|e|safe }}"
    found = [u.variable for u in unsafe_uses(text)]
    assert found == ["b"]


def test_escaping_filters_inside_autoescape_off_blocks_escape() -> None:
    text = (
        "{% autoescape off %}{{ a|e }} {{ b|force_escape|linebreaksbr }} {{ c }}{% endautoescape %}"
    )
    assert [u.variable for u in unsafe_uses(text)] == ["c"]
