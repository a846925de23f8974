"""Where template files live, as Django, Flask, Starlette and Jinja2 projects lay them out.

Django app and project `templates/` directories, Flask's and Starlette's `templates/` folder,
and `jinja2/` for Django's Jinja2 backend. A view renders a template by its name relative to
such a directory (`shop/search.html`).
"""

TEMPLATE_DIRECTORIES = ("templates", "jinja2")
TEMPLATE_SUFFIXES = (".html", ".htm", ".jinja", ".jinja2", ".j2", ".xhtml")
