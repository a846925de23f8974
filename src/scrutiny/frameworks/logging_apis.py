"""Logging APIs: logger factories, logging methods, root-logger functions, and what counts as a
secret or a whole request body in a log line (used by the reliability rules REL108-REL112)."""

from __future__ import annotations

# The kinds of logger a call can be made on.
STDLIB = "stdlib"  # logging.Logger, LoggerAdapter, celery's task logger
ROOT = "root"  # the module-level functions of `logging` (the root logger)
STRUCTLOG = "structlog"
LOGURU = "loguru"

# Calls that return a logger: qualified name -> kind.
LOGGER_FACTORIES: dict[str, str] = {
    "logging.getLogger": STDLIB,
    "logging.Logger": STDLIB,
    "logging.LoggerAdapter": STDLIB,
    "logging.getLoggerClass": STDLIB,
    "celery.utils.log.get_task_logger": STDLIB,
    "celery.utils.log.get_logger": STDLIB,
    "structlog.get_logger": STRUCTLOG,
    "structlog.getLogger": STRUCTLOG,
    "structlog.stdlib.get_logger": STRUCTLOG,
    "structlog.wrap_logger": STRUCTLOG,
}
# Logger objects imported by name: qualified name -> kind.
LOGGER_OBJECTS: dict[str, str] = {
    "loguru.logger": LOGURU,
    "logging.root": STDLIB,
}
# Variable and attribute names that, when nothing better is known, hold a stdlib-style logger
# (`logger = get_logger(__name__)` from a project helper, a `logger` parameter, `self.logger`).
LOGGER_NAMES = frozenset({"logger", "log", "LOGGER", "LOG", "_logger", "_log", "_LOGGER"})
# Methods that bind a structlog logger to more context and return a logger of the same kind.
BINDING_METHODS = frozenset({"bind", "new", "opt", "patch", "contextualize", "getChild"})

# Logging methods: name -> index of the message argument.
LOG_METHODS: dict[str, int] = {
    "debug": 0,
    "info": 0,
    "warning": 0,
    "warn": 0,
    "error": 0,
    "exception": 0,
    "critical": 0,
    "fatal": 0,
    "trace": 0,  # loguru
    "success": 0,  # loguru
    "msg": 0,  # structlog
    "log": 1,  # log(level, msg, ...)
}
# The same functions on the `logging` module log through the root logger.
ROOT_FUNCTIONS: dict[str, int] = {
    f"logging.{name}": index
    for name, index in LOG_METHODS.items()
    if name not in ("trace", "success", "msg")
}
# Calls that configure or fetch the root logger itself.
ROOT_CONFIGURATION = frozenset({"logging.basicConfig"})
ROOT_GETTER = "logging.getLogger"

# -- REL108: error logged without the traceback ----------------------------------------------

# Methods that report an error; `warning` is left out on purpose (see the rule's docs).
ERROR_METHODS = frozenset({"error", "critical", "fatal"})
# `log(level, ...)` with one of these levels is an error-level call.
ERROR_LEVELS = frozenset(
    {"logging.ERROR", "logging.CRITICAL", "logging.FATAL", "ERROR", "CRITICAL"}
)
ERROR_LEVEL_NUMBERS = frozenset({40, 50})
# Keywords that attach the exception or a stack to the record (stdlib and structlog).
TRACEBACK_KEYWORDS = frozenset({"exc_info", "stack_info", "exception"})
# Calls whose result already contains the traceback text.
TRACEBACK_TEXT_CALLS = frozenset(
    {
        "traceback.format_exc",
        "traceback.format_exception",
        "traceback.format_tb",
        "traceback.print_exc",
        "traceback.format_stack",
    }
)
# Exceptions that frameworks turn into an HTTP response without logging a traceback: raising one
# after logging an error does not carry the original traceback to any log.
RESPONSE_EXCEPTIONS = frozenset(
    {
        "fastapi.HTTPException",
        "fastapi.exceptions.HTTPException",
        "starlette.exceptions.HTTPException",
        "django.http.Http404",
        "django.core.exceptions.PermissionDenied",
        "django.core.exceptions.ValidationError",
        "rest_framework.exceptions.APIException",
        "rest_framework.exceptions.ValidationError",
        "rest_framework.exceptions.NotFound",
        "rest_framework.exceptions.PermissionDenied",
        "rest_framework.exceptions.NotAuthenticated",
        "rest_framework.exceptions.AuthenticationFailed",
        "rest_framework.exceptions.ParseError",
        "rest_framework.exceptions.Throttled",
    }
)
# Modules whose every exception class is an HTTP response (werkzeug's `NotFound`, `BadRequest`...).
RESPONSE_EXCEPTION_MODULES = ("werkzeug.exceptions.",)
# Handlers that catch only these log an expected condition, where a traceback is noise: a
# timeout (the stack says nothing about why the peer was slow), a missing optional dependency.
EXPECTED_EXCEPTIONS = frozenset(
    {
        "builtins.TimeoutError",
        "asyncio.TimeoutError",
        "asyncio.exceptions.TimeoutError",
        "socket.timeout",
        "concurrent.futures.TimeoutError",
        "requests.Timeout",
        "requests.ConnectTimeout",
        "requests.ReadTimeout",
        "requests.exceptions.Timeout",
        "requests.exceptions.ConnectTimeout",
        "requests.exceptions.ReadTimeout",
        "httpx.TimeoutException",
        "httpx.ConnectTimeout",
        "httpx.ReadTimeout",
        "httpx.WriteTimeout",
        "httpx.PoolTimeout",
        "httpx._exceptions.TimeoutException",
        "urllib3.exceptions.TimeoutError",
        "urllib3.exceptions.ConnectTimeoutError",
        "urllib3.exceptions.ReadTimeoutError",
        "aiohttp.ServerTimeoutError",
        "aiohttp.client_exceptions.ServerTimeoutError",
        "builtins.ImportError",
        "builtins.ModuleNotFoundError",
        "builtins.KeyboardInterrupt",
    }
)

# -- REL109: eager formatting ----------------------------------------------------------------

# Keyword that carries the message when it is not passed positionally.
MESSAGE_KEYWORDS = frozenset({"msg", "message", "event"})

# ruff's codes for the same problem: a noqa comment naming one of them (or a prefix) marks the
# line as intended, and the matching Scrutiny rule stays quiet there too.
RUFF_EAGER_FORMAT_CODES = ("G001", "G002", "G003", "G004")

# -- REL110: print() -------------------------------------------------------------------------

PRINT = "builtins.print"
RUFF_PRINT_CODES = ("T201",)
# Importing one of these makes a module a command-line program, where print() is the interface.
CLI_MODULES = frozenset({"argparse", "click", "typer", "fire", "docopt", "optparse", "getopt"})
# Path segments of directories holding scripts, command-line front ends, examples and docs
# rather than application code.
SCRIPT_DIRECTORIES = frozenset(
    {"scripts", "bin", "cli", "examples", "example", "docs", "doc", "demo"}
)
# Directories and modules of test-support code shipped inside a package (`sqlalchemy.testing`,
# `pyparsing/testing.py`).
TEST_SUPPORT_DIRECTORIES = frozenset({"testing"})
TEST_SUPPORT_MODULES = frozenset({"testing.py"})
# A Django app's `management` package (commands, and the `post_migrate` handlers in its
# `__init__.py`) and `management.py` modules run under `manage.py`, where stdout is the console.
MANAGEMENT_DIRECTORY = "management"
MANAGEMENT_MODULE = "management.py"
# Functions whose job is console output: entry points, and helpers with one of these words in
# their snake_case name (`print_report`, `_dump_state`, `do_print`, `echo`).
OUTPUT_FUNCTION_NAMES = frozenset({"main", "cli", "run_cli"})
OUTPUT_FUNCTION_WORDS = frozenset({"print", "pprint", "dump", "echo", "banner"})
# How a library's diagnostic message starts (compared lower-case, after leading blanks).
DIAGNOSTIC_PREFIXES = (
    "warning",
    "warn:",
    "error",
    "note:",
    "deprecat",
    "failed",
    "cannot",
    "can't",
    "could not",
    "unable",
    "invalid",
    "unknown",
)
# A function that reads the terminal is interactive: its print() calls are the dialogue.
INTERACTIVE_CALLS = frozenset({"builtins.input", "getpass.getpass"})
# An `if` whose test mentions one of these words (in a name, attribute or string) guards opt-in
# console output: `if verbosity >= 2:`, `if not self.quiet:`, `if TIMER_DEBUG:`; a function
# or class whose name contains one is a debugging helper (`_app_or_default_trace`,
# `ProfilingRegexLexer`).
OPT_IN_WORDS = (
    "debug",
    "verbose",
    "verbosity",
    "quiet",
    "silent",
    "trace",
    "bench",
    "profiling",
    "profiler",
)
# Reading the environment in an `if` test is an opt-in diagnostic switch too.
ENVIRONMENT_READS = frozenset({"os.environ", "os.getenv", "os.environ.get"})
# Calls that end the process: a print() or an error logged right before one is the program's
# last word to its user (REL108 and REL110 leave it alone).
EXIT_CALLS = frozenset({"sys.exit", "os._exit", "builtins.exit", "builtins.quit"})
# File names that are programs, not importable application code.
SCRIPT_FILES = frozenset({"__main__.py", "manage.py", "setup.py", "conftest.py", "noxfile.py"})
# Importing one of these makes a module application code (a web app, a task queue), where stdout
# is not a log: print() output is lost, interleaved, or never reaches the log pipeline.
APPLICATION_MODULES = frozenset(
    {
        "django",
        "rest_framework",
        "flask",
        "fastapi",
        "starlette",
        "celery",
        "dramatiq",
        "rq",
        "aiohttp",
        "sanic",
        "quart",
        "falcon",
        "pyramid",
        "tornado",
        "litestar",
    }
)
# A file named `tasks.py` has the "scripts" role (invoke tasks) unless it imports a task queue.
TASK_QUEUE_MODULES = frozenset({"celery", "dramatiq", "rq", "huey"})
# Streams a print() call may target: anything else (`file=fh`) writes a file, not a log.
STANDARD_STREAMS = frozenset({"sys.stdout", "sys.stderr"})

# -- REL111: sensitive data in logs ----------------------------------------------------------

# Words (in snake_case or camelCase names) that name a secret on their own.
SENSITIVE_WORDS = frozenset(
    {
        "password",
        "passwd",
        "passphrase",
        "secret",
        "token",
        "apikey",
        "authorization",
        "cookie",
        "cookies",
        "cvv",
        "cvc",
        "ssn",
        "sessionid",
        "credentials",
        "jwt",
    }
)
# Pairs of consecutive words that name a secret together.
SENSITIVE_PAIRS = frozenset(
    {
        ("api", "key"),
        ("private", "key"),
        ("secret", "key"),
        ("access", "key"),
        ("credit", "card"),
        ("card", "number"),
        ("session", "key"),
        ("session", "token"),
        ("auth", "header"),
        ("client", "secret"),
    }
)
# Words that make a sensitive-sounding name harmless: it names something *about* the secret
# (its length, expiry, a flag, a field name, a hash) rather than the secret itself.
HARMLESS_WORDS = frozenset(
    {
        "count",
        "counts",
        "len",
        "length",
        "size",
        "num",
        "number_of",
        "reset",
        "sent",
        "expires",
        "expiry",
        "expiration",
        "expired",
        "exp",
        "ttl",
        "age",
        "lifetime",
        "type",
        "types",
        "kind",
        "name",
        "names",
        "field",
        "fields",
        "label",
        "hash",
        "hashed",
        "digest",
        "fingerprint",
        "prefix",
        "suffix",
        "last4",
        "masked",
        "mask",
        "redacted",
        "required",
        "valid",
        "invalid",
        "is",
        "has",
        "enabled",
        "disabled",
        "changed",
        "policy",
        "strength",
        "validator",
        "validators",
        "url",
        "uri",
        "endpoint",
        "path",
        "file",
        "dir",
        "class",
        "backend",
        "generator",
        "format",
        "error",
        "errors",
        "usage",
        "limit",
        "version",
        "scope",
        "scopes",
        "index",
        "idx",
        "pos",
        "position",
        "header_name",
        "param",
        "status",
        "state",
        "used",
        "missing",
        "present",
        "exists",
        "created",
        "updated",
        "at",
        "id",
        "ids",
        "stream",
        "lexer",
        "parser",
    }
)
# Attributes of a request object that hold a whole body, every header, or every cookie.
REQUEST_WHOLE_ATTRIBUTES = frozenset(
    {"headers", "body", "data", "json", "POST", "form", "META", "COOKIES", "cookies", "values"}
)
# Methods of a request object that return the whole body.
REQUEST_BODY_METHODS = frozenset({"get_json", "get_data", "json", "body", "form"})
# Mappings on a request whose single entries can be secrets (`headers["Authorization"]`).
REQUEST_MAPPINGS = frozenset({"headers", "META", "COOKIES", "cookies", "POST", "form", "data"})
# Header and META keys that carry credentials (compared case-insensitively).
SENSITIVE_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "x-api-key",
        "x-auth-token",
        "x-csrftoken",
        "x-csrf-token",
        "http_authorization",
        "http_cookie",
        "http_x_api_key",
        "http_x_auth_token",
        "http_proxy_authorization",
    }
)
# Request objects known by qualified name.
REQUEST_OBJECTS = frozenset({"flask.request", "quart.request", "bottle.request"})
# Parameter annotations that make a parameter a request object.
REQUEST_CLASSES = frozenset(
    {
        "django.http.HttpRequest",
        "django.http.request.HttpRequest",
        "rest_framework.request.Request",
        "starlette.requests.Request",
        "fastapi.Request",
        "fastapi.requests.Request",
        "flask.Request",
        "werkzeug.wrappers.Request",
        "aiohttp.web.Request",
    }
)
# Parameter (and `self.<attr>`) names that hold the current request in views.
REQUEST_NAMES = frozenset({"request", "req"})
# Calls that show their argument in full (`dict(request.headers)`): looked through.
TRANSPARENT_CALLS = frozenset(
    {
        "builtins.dict",
        "builtins.str",
        "builtins.repr",
        "builtins.list",
        "builtins.vars",
        "json.dumps",
        "pprint.pformat",
    }
)
# Keywords of stdlib logging calls that are not data.
LOGGING_KEYWORDS = frozenset({"exc_info", "stack_info", "stacklevel", "extra"})
