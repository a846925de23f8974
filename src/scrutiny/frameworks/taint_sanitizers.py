"""What makes untrusted data safe, by sink kind: sanitizing calls, guards, and clean results.

* `SANITIZERS`: calls whose result is safe for some sink kinds (`"*"`: every kind).
* `CLEAN_RESULTS` / `CLEAN_METHODS`: calls whose result carries no taint at all (a length, a
  boolean, a count), whatever their arguments.
* Guards: conditions that, when they dominate a sink, make the checked value safe there
  (`if x not in ALLOWED: return`, `if not url.startswith("/"): abort(400)`).
* `TERMINATING_CALLS`: calls that never return (`abort`), so a branch ending in one is dead-end.

Everything not listed propagates: the result of an unknown library call is as tainted as its
arguments and receiver (taint in, taint out).
"""

from __future__ import annotations

ALL = frozenset({"*"})

SANITIZERS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        (
            "builtins.int",
            "builtins.float",
            "builtins.bool",
            "builtins.complex",
            "uuid.UUID",
            "decimal.Decimal",
            "datetime.date.fromisoformat",
            "datetime.datetime.fromisoformat",
            "ipaddress.IPv4Address",
            "ipaddress.IPv4Network",
            "ipaddress.IPv4Interface",
            # digests: fixed-size hex or bytes whatever went in
            "hashlib.md5",
            "hashlib.sha1",
            "hashlib.sha224",
            "hashlib.sha256",
            "hashlib.sha384",
            "hashlib.sha512",
            "hashlib.blake2b",
            "hashlib.blake2s",
            "hashlib.new",
            "hmac.new",
            "uuid.uuid3",
            "uuid.uuid5",
            "builtins.hash",
            "builtins.ord",
        ),
        ALL,
    ),
    **dict.fromkeys(
        (
            "html.escape",
            "markupsafe.escape",
            "flask.escape",
            "django.utils.html.escape",
            "django.utils.html.conditional_escape",
            "bleach.clean",
            "cgi.escape",
            "jinja2.escape",
            "nh3.clean",
        ),
        frozenset({"html"}),
    ),
    **dict.fromkeys(
        (
            "psycopg2.sql.Identifier",
            "psycopg2.sql.Literal",
            "psycopg.sql.Identifier",
            "psycopg.sql.Literal",
        ),
        frozenset({"sql"}),  # quoted as an SQL identifier or literal
    ),
    "shlex.quote": frozenset({"shell"}),
    "shlex.join": frozenset({"shell"}),  # each word quoted
    "pipes.quote": frozenset({"shell"}),
    **dict.fromkeys(
        (
            "os.path.basename",
            "werkzeug.utils.secure_filename",
            "django.utils.text.get_valid_filename",
            "django.utils._os.safe_join",  # raises unless the result is inside the base
            "werkzeug.utils.safe_join",  # None unless the result is inside the base
            "werkzeug.security.safe_join",
            "flask.safe_join",
        ),
        frozenset({"path"}),
    ),
    **dict.fromkeys(
        ("ldap.filter.escape_filter_chars", "ldap3.utils.conv.escape_filter_chars"),
        frozenset({"ldap"}),
    ),
    "json.dumps": frozenset({"code", "header", "log"}),
    "django.utils.html.format_html": frozenset({"html"}),
    "builtins.repr": frozenset({"log", "header"}),
    # an IPv6 scope id is free text (`fe80::1%<img ...>`), but it never contains a "/"
    "ipaddress.ip_address": frozenset({"path"}),
    "ipaddress.ip_network": frozenset({"path"}),
    "ldap.filter.filter_format": frozenset({"ldap"}),
    # a query string: every `/`, `:`, `\`, CR and LF percent-encoded, so it cannot name another
    # host, climb a directory or break a header or log line (but `&` is left for a shell)
    **dict.fromkeys(
        ("urllib.parse.urlencode", "django.utils.http.urlencode"),
        frozenset({"redirect", "ssrf", "path", "header", "log"}),
    ),
    "urllib.parse.quote": frozenset({"header", "log", "shell"}),
    "urllib.parse.quote_plus": frozenset({"header", "log", "shell"}),
}

# Results that carry no data from the arguments.
CLEAN_RESULTS = frozenset(
    {
        "builtins.len",
        "builtins.isinstance",
        "builtins.issubclass",
        "builtins.hasattr",
        "builtins.callable",
        "builtins.id",
        "builtins.type",
        "builtins.any",
        "builtins.all",
        "builtins.range",
        "builtins.print",
        "os.path.exists",
        "os.path.isfile",
        "os.path.isdir",
        "secrets.compare_digest",
        "hmac.compare_digest",
        "django.shortcuts.get_object_or_404",
        "django.http.JsonResponse",
        "flask.render_template",
        "django.shortcuts.render",
        "django.template.loader.render_to_string",
        "flask.url_for",
        "django.urls.reverse",
        "flask.abort",
    }
)
CLEAN_METHODS = frozenset(
    {
        "isdigit",
        "isnumeric",
        "isdecimal",
        "isalnum",
        "isalpha",
        "isascii",
        "isidentifier",
        "islower",
        "isupper",
        "isspace",
        "startswith",
        "endswith",
        "count",
        "find",
        "rfind",
        "index",
        "rindex",
        "exists",
        "__len__",
        "is_valid",
        "has_perm",
        "keys_count",
    }
)

# Guards. Each clears the guarded value for the kinds given, in the branch where it holds.
MEMBERSHIP_GUARD = ALL  # `x in ALLOWED` with a constant container
SAFE_URL_GUARDS: dict[str, frozenset[str]] = {
    "django.utils.http.url_has_allowed_host_and_scheme": frozenset({"redirect", "ssrf"}),
    "django.utils.http.is_safe_url": frozenset({"redirect", "ssrf"}),
}
# Predicates that validate their first argument: `if check_for_language(code):`.
VALIDATING_CALLS: dict[str, frozenset[str]] = {
    "django.utils.translation.check_for_language": ALL,
}
PREFIX_GUARD_KINDS = frozenset({"redirect"})  # `url.startswith("/")` with a constant "/" prefix
VALUE_CHECK_METHODS = frozenset(
    {"isdigit", "isnumeric", "isdecimal", "isalnum", "isalpha", "isidentifier"}
)
REGEX_GUARDS = frozenset({"re.fullmatch", "re.match"})  # re.match only anchored at the end
REGEX_SUBSTITUTIONS = frozenset({"re.sub"})  # with a negated class: `[^a-z0-9-]+` -> ""
REGEX_GUARD_METHODS = frozenset({"fullmatch", "match"})  # of a pattern from `re.compile(...)`
# A value that fully matches a regular expression is safe for a sink kind when the pattern admits
# none of these characters (`[A-Z]{3}-[0-9]{4}`: every kind; `[a-z0-9.-]+`: not `ssrf`, where
# it can be a host name). Patterns with `.`, `\S` or a negated class admit too much for any kind.
_WHITESPACE = frozenset(" \t\n\r\f\v")
_CONTROL = frozenset("\r\n\x00\x1b")
REGEX_UNSAFE_CHARACTERS: dict[str, frozenset[str]] = {
    "sql": frozenset("'\"`\\;") | _WHITESPACE,
    "shell": frozenset(";&|$`<>(){}'\"\\*?~#!") | _WHITESPACE,
    "code": frozenset("()[]{}'\"\\:;=,@`"),
    "path": frozenset("/\\\x00"),
    "ssrf": frozenset("/\\:@.%?#") | _WHITESPACE,
    "redirect": frozenset("/\\:@") | _WHITESPACE | _CONTROL,
    "deserialization": frozenset("(.'\n"),
    "xxe": frozenset("<>&%!"),
    "ldap": frozenset("()*\\&|=!<>~\x00"),
    "xpath": frozenset("'\"[]()/@=|*:"),
    "html": frozenset("<>\"'&`"),
    "template": frozenset("{}%$<>#"),
    "session": frozenset(),
    "header": _CONTROL,
    "log": _CONTROL,
}

# Passing through a call the engine knows nothing about (a library function, a method of an
# object of unknown type) keeps taint for injection sinks but clears it for these low-value
# kinds: a response object built from request data is not the request data itself.
OBSCURE_CLEARS = frozenset({"log", "session", "header", "html", "deserialization", "xxe"})
# Library functions that hand their input back decoded or re-encoded: taint passes through them
# in full (unlike an unknown call, see OBSCURE_CLEARS).
TRANSPARENT_FUNCTIONS = frozenset(
    {
        *(
            f"base64.{f}"
            for f in (
                "b64decode",
                "b64encode",
                "urlsafe_b64decode",
                "urlsafe_b64encode",
                "b32decode",
                "b16decode",
                "decodebytes",
                "standard_b64decode",
            )
        ),
        *(f"binascii.{f}" for f in ("unhexlify", "a2b_base64", "a2b_hex")),
        *(f"zlib.{f}" for f in ("decompress",)),
        *(f"gzip.{f}" for f in ("decompress",)),
        *(f"bz2.{f}" for f in ("decompress",)),
        *(f"lzma.{f}" for f in ("decompress",)),
        *(f"codecs.{f}" for f in ("decode", "encode")),
        *(
            f"urllib.parse.{f}"
            for f in (
                "unquote",
                "unquote_plus",
                "unquote_to_bytes",
                "urljoin",
                "urlunparse",
                "urlunsplit",
                "urlencode",
            )
        ),
        "io.BytesIO",
        "io.StringIO",
        "html.unescape",
        "json.loads",
        "textwrap.dedent",
        "os.path.join",
        "posixpath.join",
    }
)
# Methods of strings, bytes, containers and file-like request data: their result is the data
# itself, as tainted as the receiver and the arguments for every kind (any other method of an
# object of unknown type is a call the engine knows nothing about, see OBSCURE_CLEARS).
TRANSPARENT_METHODS = frozenset(
    {
        # str and bytes
        *("capitalize", "casefold", "center", "decode", "encode", "expandtabs", "format"),
        *("format_map", "join", "ljust", "lower", "lstrip", "partition", "removeprefix"),
        *("removesuffix", "replace", "rjust", "rpartition", "rsplit", "rstrip", "split"),
        *("splitlines", "strip", "swapcase", "title", "translate", "upper", "zfill", "hex"),
        # containers and request data mappings (MultiDict, QueryDict)
        *("get", "pop", "popitem", "setdefault", "items", "values", "keys", "copy", "dict"),
        *("getlist", "getone", "getall", "lists", "to_dict", "urlencode", "__getitem__"),
        # file-like: uploaded files, request streams
        *("read", "readline", "readlines", "chunks", "getvalue"),
    }
)

# `os.path.commonpath([resolved, BASE]) == BASE`: the resolved path stays under BASE.
CONTAINMENT_CHECKS = frozenset({"os.path.commonpath", "posixpath.commonpath"})

TERMINATING_CALLS = frozenset(
    {
        "flask.abort",
        "werkzeug.exceptions.abort",
        "sys.exit",
        "builtins.exit",
        "os._exit",
        "pytest.fail",
        "django.core.exceptions.PermissionDenied",
    }
)
