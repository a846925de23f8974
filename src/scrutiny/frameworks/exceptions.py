"""Exception handling knowledge: which exception classes are broad, which signal cancellation or
shutdown, which calls terminate the process, and what marks a module as a script."""

from __future__ import annotations

# `except X` where X is one of these catches (nearly) everything.
BROAD_EXCEPTIONS: frozenset[str] = frozenset({"builtins.Exception", "builtins.BaseException"})
BASE_EXCEPTION = "builtins.BaseException"

# Exceptions that ask the process to stop; swallowing them makes Ctrl-C and sys.exit() no-ops.
INTERRUPT_EXCEPTIONS: frozenset[str] = frozenset(
    {"builtins.KeyboardInterrupt", "builtins.SystemExit"}
)
GENERATOR_EXIT = "builtins.GeneratorExit"

# Exceptions that cancel a task; swallowing them in `async def` breaks task cancellation.
CANCELLATION_EXCEPTIONS: frozenset[str] = frozenset(
    {
        "asyncio.CancelledError",
        "asyncio.exceptions.CancelledError",
        "trio.Cancelled",
    }
)
# Calls that return the cancellation class of the running async backend.
CANCELLATION_CLASS_FACTORIES: frozenset[str] = frozenset({"anyio.get_cancelled_exc_class"})

# REL105: `try: await sleep(...)` alone waits to be cancelled; its handler is shutdown code.
SLEEP_CALLS: frozenset[str] = frozenset(
    {
        "asyncio.sleep",
        "trio.sleep",
        "trio.sleep_forever",
        "anyio.sleep",
        "anyio.sleep_forever",
    }
)

# Context managers that swallow the exception classes passed to them.
SUPPRESSORS: frozenset[str] = frozenset({"contextlib.suppress"})

# Calls that end the process (an exit after catching KeyboardInterrupt is the right handling).
EXIT_CALLS: frozenset[str] = frozenset(
    {"sys.exit", "os._exit", "builtins.exit", "builtins.quit", "os.abort"}
)
# Methods whose call in a KeyboardInterrupt/SystemExit handler means "shut down" (`self.stop()`,
# `shutdown_event.set()` is not one: it is too generic to count).
STOP_METHODS: frozenset[str] = frozenset({"stop", "terminate", "shutdown", "close", "exit"})

# Imports that make a module a command-line program.
CLI_MODULES: frozenset[str] = frozenset({"argparse", "click", "typer", "optparse", "fire"})
# Path fragments of test-support packages shipped with a library (`sqlalchemy/testing/`).
TEST_SUPPORT_PATH_PARTS: tuple[str, ...] = ("/testing/", "/test_utils/", "/testutils/")
# Path fragments of scripts that are not application code (Django management commands).
SCRIPT_PATH_PARTS: tuple[str, ...] = ("/management/commands/",)

# REL107: a `try` is "long" from this many statements (counted recursively, nested definitions
# excluded) and calls at least this many distinct functions besides those in its handler.
BROAD_TRY_MIN_STATEMENTS = 10
BROAD_TRY_MIN_DISTINCT_CALLS = 5

# REL103: a `try` whose body only calls one of these (or that sits in a function with one of
# these names) is best-effort cleanup, where swallowing a failure is the accepted practice.
CLEANUP_NAMES: frozenset[str] = frozenset(
    {
        "close",
        "aclose",
        "flush",
        "shutdown",
        "cleanup",
        "teardown",
        "release",
        "terminate",
        "kill",
        "stop",
        "disconnect",
        "unlink",
        "remove",
        "rmdir",
        "rmtree",
        "__del__",
        "__exit__",
        "__aexit__",
    }
)
# REL103: functions whose name contains one of these must never fail (a `repr` helper); a
# swallowed error inside them is deliberate.
BEST_EFFORT_NAME_PARTS: tuple[str, ...] = ("repr", "__str__")
# REL103: returning or assigning a default is reported only in request handlers and tasks,
# recognised by a parameter name or by the last part of a decorator's name.
HANDLER_PARAMETERS: frozenset[str] = frozenset({"request", "req"})
HANDLER_DECORATORS: frozenset[str] = frozenset(
    {
        "route",
        "get",
        "post",
        "put",
        "patch",
        "delete",
        "websocket",
        "api_view",
        "action",
        "task",
        "shared_task",
        "actor",
        "job",
        "periodic_task",
    }
)

# REL104: `raise task.retry(exc=err)` (Celery) builds an exception that carries the original.
RETRY_METHODS: frozenset[str] = frozenset({"retry"})

# Calls in a handler that re-raise (or save for re-raising) the caught exception.
RERAISE_CALLS: frozenset[str] = frozenset({"safe_reraise", "reraise", "exc_info"})

# REL103/REL105: comments on an `except` line that disable another linter's check on purpose.
LINTER_PRAGMAS: tuple[str, ...] = ("pylint:", "noqa", "nosec")

# REL104: exceptions that their framework turns into a message without a traceback (CLI usage
# errors) or that are control flow for a task runner: the chain is never shown, so `from` adds
# nothing.
MESSAGE_ONLY_EXCEPTIONS: frozenset[str] = frozenset(
    {
        "builtins.SystemExit",
        "argparse.ArgumentError",
        "argparse.ArgumentTypeError",
        "django.core.management.CommandError",
        "django.core.management.base.CommandError",
        "click.UsageError",
        "click.BadParameter",
        "click.ClickException",
        "click.Abort",
        "click.exceptions.UsageError",
        "click.exceptions.BadParameter",
        "click.exceptions.ClickException",
        "click.exceptions.Abort",
        "typer.BadParameter",
        "typer.Exit",
        "typer.Abort",
        "celery.exceptions.Reject",
        "celery.exceptions.Ignore",
        "celery.exceptions.Retry",
    }
)
