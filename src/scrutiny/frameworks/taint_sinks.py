"""Dangerous places for untrusted data (sinks), by kind, and the objects whose methods are sinks.

A sink is a call (by qualified name, or a method on an object of a known type) and the arguments
of it that must not carry untrusted data. Kinds are what taint rules select: `sql`, `shell`,
`code`, `path`, `ssrf`, `redirect`, `deserialization`, `xxe`, `ldap`, `xpath`, `html`,
`template`, `session`, `header`, `log`.

Types are tracked by the taint interpreter from the calls that create objects (`TYPE_OF_CALL`,
`TYPE_OF_NAME`) and the methods that return new ones (`METHOD_RESULT_TYPES`), so `conn.cursor()`
is known to be a DB-API cursor and `cursor.execute` a SQL sink, while `.execute` on anything else
is not.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

ANY_ARG = -1  # every positional argument
RECEIVER = -2  # the object the method is called on (`path.read_text()`)


@dataclass(frozen=True)
class Sink:
    kind: str
    args: tuple[int, ...] = (0,)  # dangerous positions (ANY_ARG: all of them; RECEIVER)
    keywords: tuple[str, ...] = ()  # dangerous keyword arguments
    requires: tuple[str, object] | None = None  # a keyword that must have this value (shell=True)
    # a keyword whose constant value makes the call safe: `weights_only=True`
    unless: tuple[str, Callable[[object], bool]] | None = None


def _is_true(value: object) -> bool:
    return value is True


def _not_html(content_type: object) -> bool:
    """`content_type="text/plain"`: a response browsers do not render as a document that runs
    scripts (HTML, XHTML, SVG and other XML can)."""
    return isinstance(content_type, str) and not any(
        markup in content_type.lower() for markup in ("html", "svg", "xml")
    )


def _same(kind: str, names: tuple[str, ...], sink: Sink | None = None) -> dict[str, Sink]:
    return dict.fromkeys(names, sink or Sink(kind))


_SHELL_TRUE = Sink("shell", (0,), ("args",), requires=("shell", True))

# Calls by qualified name.
CALL_SINKS: dict[str, Sink] = {
    # SQL
    **_same("sql", ("sqlalchemy.text", "sqlalchemy.sql.text", "sqlalchemy.sql.expression.text")),
    "django.db.models.expressions.RawSQL": Sink("sql", (0,), ("sql",)),
    "django.db.models.RawSQL": Sink("sql", (0,), ("sql",)),
    # OS commands
    **_same(
        "shell",
        (
            "os.system",
            "os.popen",
            "commands.getoutput",
            "commands.getstatusoutput",
            "subprocess.getoutput",
            "subprocess.getstatusoutput",
        ),
    ),
    **dict.fromkeys(
        (
            "subprocess.run",
            "subprocess.call",
            "subprocess.check_call",
            "subprocess.check_output",
            "subprocess.Popen",
        ),
        _SHELL_TRUE,
    ),
    **dict.fromkeys(
        (
            "os.execl",
            "os.execle",
            "os.execlp",
            "os.execlpe",
            "os.execv",
            "os.execve",
            "os.execvp",
            "os.execvpe",
            "os.startfile",
        ),
        Sink("shell", (0,)),
    ),
    **dict.fromkeys(
        (
            "os.spawnl",
            "os.spawnle",
            "os.spawnlp",
            "os.spawnlpe",
            "os.spawnv",
            "os.spawnve",
            "os.spawnvp",
            "os.spawnvpe",
        ),
        Sink("shell", (ANY_ARG,)),  # the program and its arguments (`sh -c CMD`); 0 is the mode
    ),
    "asyncio.create_subprocess_shell": Sink("shell", (0,), ("cmd",)),
    # code
    **_same("code", ("builtins.eval", "builtins.exec", "builtins.compile")),
    # files
    "builtins.open": Sink("path", (0,), ("file",)),
    **_same(
        "path",
        (
            "os.remove",
            "os.unlink",
            "os.rmdir",
            "os.removedirs",
            "os.listdir",
            "os.scandir",
            "os.mkdir",
            "os.makedirs",
            "os.chmod",
            "os.chown",
            "os.stat",
            "os.walk",
            "shutil.rmtree",
            "shutil.copyfile",
            "shutil.copy",
            "shutil.copy2",
            "shutil.copytree",
            "shutil.move",
            "os.open",
            "tarfile.open",
            "zipfile.ZipFile",
        ),
    ),
    **dict.fromkeys(
        ("pathlib.Path", "pathlib.PurePath", "pathlib.PosixPath", "pathlib.WindowsPath"),
        Sink("path", (ANY_ARG,)),  # `Path(base, name)` joins every argument
    ),
    "io.open": Sink("path", (0,), ("file",)),
    "codecs.open": Sink("path", (0,), ("filename",)),
    "os.rename": Sink("path", (0, 1)),
    "os.replace": Sink("path", (0, 1)),
    "flask.send_file": Sink("path", (0,), ("path_or_file",)),
    "flask.helpers.send_file": Sink("path", (0,), ("path_or_file",)),
    "starlette.responses.FileResponse": Sink("path", (0,), ("path",)),
    "fastapi.responses.FileResponse": Sink("path", (0,), ("path",)),
    # outgoing requests
    **dict.fromkeys(
        tuple(
            f"requests.{verb}"
            for verb in ("get", "post", "put", "patch", "delete", "head", "options")
        )
        + tuple(
            f"httpx.{verb}" for verb in ("get", "post", "put", "patch", "delete", "head", "options")
        ),
        Sink("ssrf", (0,), ("url",)),
    ),
    "requests.request": Sink("ssrf", (1,), ("url",)),
    "httpx.request": Sink("ssrf", (1,), ("url",)),
    "httpx.stream": Sink("ssrf", (1,), ("url",)),  # stream(method, url)
    "http.client.HTTPConnection": Sink("ssrf", (0,), ("host",)),
    "http.client.HTTPSConnection": Sink("ssrf", (0,), ("host",)),
    **dict.fromkeys(
        (
            "django.http.HttpResponseNotFound",
            "django.http.HttpResponseBadRequest",
            "django.http.HttpResponseForbidden",
            "django.http.HttpResponseServerError",
            "django.http.HttpResponseGone",
        ),
        Sink("html", (0,), ("content",)),
    ),
    "aiohttp.web.Response": Sink(
        "html", (), ("text", "body"), requires=("content_type", "text/html")
    ),
    "urllib.request.urlopen": Sink("ssrf", (0,), ("url",)),
    "urllib.request.Request": Sink("ssrf", (0,), ("url",)),
    "urllib3.request": Sink("ssrf", (1,), ("url",)),
    # redirects
    "flask.redirect": Sink("redirect", (0,), ("location",)),
    "werkzeug.utils.redirect": Sink("redirect", (0,), ("location",)),
    "django.shortcuts.redirect": Sink("redirect", (0,), ("to",)),
    "django.http.HttpResponseRedirect": Sink("redirect", (0,), ("redirect_to",)),
    "django.http.HttpResponsePermanentRedirect": Sink("redirect", (0,), ("redirect_to",)),
    "starlette.responses.RedirectResponse": Sink("redirect", (0,), ("url",)),
    "fastapi.responses.RedirectResponse": Sink("redirect", (0,), ("url",)),
    # deserialization
    **_same(
        "deserialization",
        (
            "pickle.loads",
            "pickle.load",
            "_pickle.loads",
            "cPickle.loads",
            "dill.loads",
            "dill.load",
            "marshal.loads",
            "marshal.load",
            "shelve.open",
            "jsonpickle.decode",
            "yaml.unsafe_load",
            "yaml.full_load",
            "pandas.read_pickle",
            "joblib.load",
        ),
    ),
    "yaml.load": Sink("deserialization", (0,), ("stream",)),  # safe only with SafeLoader
    "torch.load": Sink("deserialization", (0,), ("f",), unless=("weights_only", _is_true)),
    # XML with external entities
    # (xml.dom.minidom, pulldom and sax do not resolve external entities on current Pythons)
    **_same("xxe", ("lxml.etree.fromstring", "lxml.etree.XML", "lxml.etree.parse")),
    # LDAP
    "ldap.initialize": Sink("ldap", ()),  # the filter is the sink, see METHOD_SINKS
    # templates
    **_same(
        "template",
        (
            "flask.render_template_string",
            "jinja2.Template",
            "django.template.Template",
            "mako.template.Template",
        ),
    ),
    # HTML
    **_same(
        "html",
        (
            "django.utils.safestring.mark_safe",
            "markupsafe.Markup",
            "flask.Markup",
            "flask.make_response",
        ),
    ),
    "django.http.HttpResponse": Sink(
        "html", (0,), ("content",), unless=("content_type", _not_html)
    ),
    **dict.fromkeys(
        ("starlette.responses.HTMLResponse", "fastapi.responses.HTMLResponse"),
        Sink("html", (0,), ("content",)),
    ),
}

# Sinks that are methods of typed objects: (type, method) -> Sink.
METHOD_SINKS: dict[tuple[str, str], Sink] = {
    **{
        ("dbapi.Cursor", m): Sink("sql", (0,), ("sql", "query", "operation"))
        for m in ("execute", "executemany", "executescript", "mogrify")
    },
    **{
        ("dbapi.Connection", m): Sink("sql", (0,), ("sql",))
        for m in ("execute", "executemany", "executescript")
    },
    **{
        ("asyncpg.Connection", m): Sink("sql", (0,), ("query",))
        for m in ("execute", "executemany", "fetch", "fetchrow", "fetchval", "cursor")
    },
    ("sqlalchemy.Connection", "exec_driver_sql"): Sink("sql", (0,), ("statement",)),
    ("sqlalchemy.Engine", "exec_driver_sql"): Sink("sql", (0,), ("statement",)),
    ("django.Manager", "raw"): Sink("sql", (0,), ("raw_query",)),
    ("django.Manager", "extra"): Sink("sql", (), ("where", "select", "tables", "order_by")),
    **{
        ("requests.Session", m): Sink("ssrf", (0,), ("url",))
        for m in ("get", "post", "put", "patch", "delete", "head", "options")
    },
    ("requests.Session", "request"): Sink("ssrf", (1,), ("url",)),
    **{
        ("httpx.Client", m): Sink("ssrf", (0,), ("url",))
        for m in ("get", "post", "put", "patch", "delete", "head", "options", "stream")
    },
    **{
        ("aiohttp.ClientSession", m): Sink("ssrf", (0,), ("url",))
        for m in ("get", "post", "put", "patch", "delete", "head", "options")
    },
    ("aiohttp.ClientSession", "request"): Sink("ssrf", (1,), ("url",)),
    ("ldap.LDAPObject", "search_s"): Sink("ldap", (2,), ("filterstr",)),
    ("ldap.LDAPObject", "search"): Sink("ldap", (2,), ("filterstr",)),
    ("ldap.LDAPObject", "search_ext_s"): Sink("ldap", (2,), ("filterstr",)),
    ("ldap3.Connection", "search"): Sink("ldap", (1,), ("search_filter",)),
    ("lxml.Element", "xpath"): Sink("xpath", (0,), ("_path",)),
    ("jinja2.Environment", "from_string"): Sink("template", (0,), ("source",)),
    ("logging.Logger", "debug"): Sink("log", (ANY_ARG,)),
    ("logging.Logger", "info"): Sink("log", (ANY_ARG,)),
    ("logging.Logger", "warning"): Sink("log", (ANY_ARG,)),
    ("logging.Logger", "error"): Sink("log", (ANY_ARG,)),
    ("logging.Logger", "critical"): Sink("log", (ANY_ARG,)),
    ("logging.Logger", "exception"): Sink("log", (ANY_ARG,)),
    ("http.Response", "set_cookie"): Sink("header", (1,), ("value",)),
    **{
        ("pathlib.Path", m): Sink("path", (RECEIVER,))
        for m in (
            "open",
            "read_text",
            "read_bytes",
            "write_text",
            "write_bytes",
            "unlink",
            "rmdir",
            "mkdir",
            "touch",
            "iterdir",
            "glob",
            "rglob",
        )
    },
}
for _level in ("debug", "info", "warning", "error", "critical", "exception"):
    CALL_SINKS[f"logging.{_level}"] = Sink("log", (ANY_ARG,))
CALL_SINKS["lxml.etree.XPath"] = Sink("xpath", (0,), ("path",))
# format_html escapes its arguments, not its format string: `format_html(f"<b>{name}</b>")`
CALL_SINKS["django.utils.html.format_html"] = Sink("html", (0,), ("format_string",))
# A jinja2.Template does not autoescape: whatever `render(...)` is given lands in the HTML.
METHOD_SINKS[("jinja2.Template", "render")] = Sink("html", (ANY_ARG,), ("*",))
# Templates given as strings: `{{ x|safe }}` in them prints the keyword argument `x` unescaped.
INLINE_TEMPLATE_RENDERERS = frozenset({"flask.render_template_string"})


@dataclass(frozen=True)
class TemplateRenderer:
    """A call that renders a template file by name. The name is the `name_keyword` argument or
    the first positional argument that is a constant string (`render(request, "a.html", ctx)`,
    `render_to_string("a.html", ctx)`); the context is the `context_keyword` argument or the
    positional argument after the name, or, when `context_keyword` is None, the keyword arguments
    themselves (`render_template("a.html", q=q)`)."""

    name_keyword: str
    context_keyword: str | None


_FLASK_RENDER = TemplateRenderer("template_name_or_list", None)
TEMPLATE_RENDERERS: dict[str, TemplateRenderer] = {
    "django.shortcuts.render": TemplateRenderer("template_name", "context"),
    "django.shortcuts.render_to_response": TemplateRenderer("template_name", "context"),
    "django.template.loader.render_to_string": TemplateRenderer("template_name", "context"),
    "django.template.response.TemplateResponse": TemplateRenderer("template", "context"),
    "django.template.response.SimpleTemplateResponse": TemplateRenderer("template", "context"),
    "flask.render_template": _FLASK_RENDER,
    "flask.stream_template": _FLASK_RENDER,
    "quart.render_template": _FLASK_RENDER,
}
# Methods of Django class-based views that return the template context (`template_name`).
TEMPLATE_CONTEXT_METHODS = frozenset({"get_context_data"})
TEMPLATE_RENDER_METHODS: dict[tuple[str, str], TemplateRenderer] = {
    ("starlette.Jinja2Templates", "TemplateResponse"): TemplateRenderer("name", "context"),
}

# Shells that run their argument after `-c` as a command line: `["bash", "-c", command]`.
SHELL_PROGRAMS = frozenset({"sh", "bash", "dash", "zsh", "ksh", "ash", "fish", "cmd", "powershell"})
SHELL_COMMAND_FLAGS = frozenset({"-c", "-lc", "-ec", "-xc", "/c", "-Command"})

# Objects whose item assignment is a sink: `session[key] = value`, `response["X"] = value`.
ITEM_SINKS: dict[str, str] = {
    "flask.session": "session",
    "request.session": "session",  # Django: the `session` attribute of a request object
    "http.Response": "header",
    "http.Headers": "header",
}
# Response objects and their header mappings.
RESPONSE_HEADER_ATTRIBUTES = frozenset({"headers"})

# Where objects of known types come from.
TYPE_OF_CALL: dict[str, str] = {
    **dict.fromkeys(
        (
            "sqlite3.connect",
            "psycopg2.connect",
            "psycopg.connect",
            "pymysql.connect",
            "MySQLdb.connect",
            "mysql.connector.connect",
            "cx_Oracle.connect",
            "oracledb.connect",
            "pyodbc.connect",
            "psycopg.Connection.connect",
        ),
        "dbapi.Connection",
    ),
    **dict.fromkeys(("asyncpg.connect", "asyncpg.create_pool"), "asyncpg.Connection"),
    "sqlalchemy.create_engine": "sqlalchemy.Engine",
    "sqlalchemy.engine.create_engine": "sqlalchemy.Engine",
    **dict.fromkeys(("requests.Session", "requests.session"), "requests.Session"),
    **dict.fromkeys(("httpx.Client", "httpx.AsyncClient"), "httpx.Client"),
    "aiohttp.ClientSession": "aiohttp.ClientSession",
    "ldap.initialize": "ldap.LDAPObject",
    "ldap3.Connection": "ldap3.Connection",
    **dict.fromkeys(
        (
            "lxml.etree.fromstring",
            "lxml.etree.parse",
            "lxml.etree.XML",
            "lxml.html.fromstring",
            "lxml.etree.HTML",
        ),
        "lxml.Element",
    ),
    **dict.fromkeys(
        ("jinja2.Environment", "jinja2.sandbox.SandboxedEnvironment"), "jinja2.Environment"
    ),
    **dict.fromkeys(
        ("pathlib.Path", "pathlib.PurePath", "pathlib.PosixPath", "pathlib.WindowsPath"),
        "pathlib.Path",
    ),
    "logging.getLogger": "logging.Logger",
    "structlog.get_logger": "logging.Logger",
    **dict.fromkeys(
        (
            "django.http.HttpResponse",
            "django.http.JsonResponse",
            "django.shortcuts.render",
            "flask.make_response",
            "flask.Response",
            "starlette.responses.Response",
            "fastapi.Response",
            "fastapi.responses.Response",
            "starlette.responses.JSONResponse",
            "fastapi.responses.JSONResponse",
            "flask.jsonify",
        ),
        "http.Response",
    ),
}
# Parameters declared with these types (`response: Response`, `cursor: sqlite3.Cursor`).
TYPE_OF_ANNOTATION: dict[str, str] = {
    **dict.fromkeys(
        (
            "fastapi.Response",
            "fastapi.responses.Response",
            "starlette.responses.Response",
            "django.http.HttpResponse",
            "flask.Response",
        ),
        "http.Response",
    ),
    **dict.fromkeys(
        (
            "sqlite3.Cursor",
            "psycopg.Cursor",
            "psycopg2.extensions.cursor",
            "pymysql.cursors.Cursor",
            "django.db.backends.utils.CursorWrapper",
        ),
        "dbapi.Cursor",
    ),
    **dict.fromkeys(
        ("sqlite3.Connection", "psycopg.Connection", "psycopg2.extensions.connection"),
        "dbapi.Connection",
    ),
    **dict.fromkeys(
        ("asyncpg.Connection", "asyncpg.Pool", "asyncpg.pool.Pool"), "asyncpg.Connection"
    ),
    **dict.fromkeys(("sqlalchemy.Engine", "sqlalchemy.engine.Engine"), "sqlalchemy.Engine"),
    **dict.fromkeys(
        ("sqlalchemy.Connection", "sqlalchemy.engine.Connection"), "sqlalchemy.Connection"
    ),
    "requests.Session": "requests.Session",
    **dict.fromkeys(("httpx.Client", "httpx.AsyncClient"), "httpx.Client"),
    "aiohttp.ClientSession": "aiohttp.ClientSession",
    "logging.Logger": "logging.Logger",
}
TYPE_OF_NAME: dict[str, str] = {
    "django.db.connection": "dbapi.Connection",
    "django.db.connections": "django.Connections",
}
METHOD_RESULT_TYPES: dict[tuple[str, str], str] = {
    ("dbapi.Connection", "cursor"): "dbapi.Cursor",
    ("django.Connections", "__getitem__"): "dbapi.Connection",
    ("sqlalchemy.Engine", "connect"): "sqlalchemy.Connection",
    ("sqlalchemy.Engine", "begin"): "sqlalchemy.Connection",
    ("asyncpg.Connection", "acquire"): "asyncpg.Connection",
    ("lxml.Element", "getroot"): "lxml.Element",
    ("lxml.Element", "find"): "lxml.Element",
    ("http.Response", "headers"): "http.Headers",
}
# Attribute chains that are Django managers: `<Model>.objects`, `<Model>._default_manager`.
MANAGER_ATTRIBUTES = frozenset({"objects", "_default_manager", "_base_manager"})
# Methods that keep returning a manager/queryset (so `.filter(...).extra(...)` is still one).
QUERYSET_METHODS = frozenset(
    {
        "all",
        "filter",
        "exclude",
        "order_by",
        "using",
        "select_related",
        "prefetch_related",
        "annotate",
        "values",
        "values_list",
        "distinct",
        "defer",
        "only",
    }
)
# DB-API calls by receiver name when the type cannot be inferred (a cursor passed as an argument)
UNTYPED_SQL_METHODS = frozenset({"execute", "executemany", "executescript"})
UNTYPED_SQL_RECEIVERS = frozenset({"cursor", "cur", "c", "conn", "connection", "db", "con"})

# The one-line fix shown with a finding; each rule's documentation has the full story.
FIX_HINTS: dict[str, str] = {
    "sql": 'pass the value as a query parameter: `cursor.execute("... WHERE x = %s", [value])`',
    "shell": 'pass an argument list without a shell: `subprocess.run(["prog", value])`',
    "code": "never evaluate request data; parse it (`json.loads`, `ast.literal_eval`) instead",
    "path": "resolve the path under a fixed base and check it stays there, or use "
    "`werkzeug.utils.secure_filename`",
    "ssrf": "allow-list the hosts the server may fetch; never fetch a URL taken from the request",
    "redirect": "check with `url_has_allowed_host_and_scheme(url, allowed_hosts=...)` or redirect "
    "to a named route",
    "deserialization": "use a data format (`json`, `yaml.safe_load`); never unpickle request data",
    "xxe": "parse with `defusedxml` (or an lxml parser with `resolve_entities=False`)",
    "ldap": "escape with `escape_filter_chars` (python-ldap's `ldap.filter` or `ldap3.utils.conv`)",
    "xpath": 'use XPath variables: `tree.xpath("//user[@name=$name]", name=value)`',
    "html": "escape it (`markupsafe.escape`) or render it through an autoescaping template",
    "template": "render a fixed template with the data as context: `render_template(name, v=v)`",
    "session": "validate and normalize the value before storing it in the session",
    "header": "reject CR/LF and validate the value before putting it in a header",
    "log": "log request data as a lazy argument with CR/LF neutralized, or use structured logging",
}
TYPE_OF_CALL["jinja2.Template"] = "jinja2.Template"
for _templates in ("starlette.templating.Jinja2Templates", "fastapi.templating.Jinja2Templates"):
    TYPE_OF_CALL[_templates] = "starlette.Jinja2Templates"
# Untyped objects (a helper's parameters) recognized by name, like the SQL receivers above:
# `session[key] = value`, `response.headers[key] = value`, `response[key] = value`.
UNTYPED_ITEM_SINKS: dict[str, str] = {"session": "session"}
UNTYPED_RESPONSE_NAMES = frozenset({"response", "resp", "res"})
