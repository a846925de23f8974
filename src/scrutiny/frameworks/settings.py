"""Settings modules: how they are named, how environment variables are read, and what a module
ends up with after following `from .base import *`.

Rules that judge settings (`DEBUG`, `ALLOWED_HOSTS`, `SECRET_KEY`, the `SECURE_*` block) share this
module: `collect_settings` reduces one file to a picklable `SettingsModule` (its assignments to the
settings a rule cares about, and its star imports, in source order) and `resolve_setting` follows
the star imports across files to the value a module really ends up with.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass

from scrutiny.finding import Step
from scrutiny.semantic.model import UNKNOWN, SemanticModel
from scrutiny.semantic.project import Site

# Stems (or their `_`/`-`-separated parts) of settings modules for each kind of environment.
PRODUCTION_NAMES = frozenset(
    {"prod", "production", "live", "staging", "stage", "deploy", "release"}
)
DEVELOPMENT_NAMES = frozenset(
    {"dev", "develop", "development", "local", "test", "tests", "testing", "ci", "debug", "sandbox"}
)

# Calls that read a configuration value with a default: qualified name -> (default position,
# default keyword).
ENV_READERS: dict[str, tuple[int | None, str | None]] = {
    "os.environ.get": (1, "default"),
    "os.getenv": (1, "default"),
    "decouple.config": (1, "default"),
}
# `env.bool("DEBUG", default=True)` style readers are methods of `environ.Env` instances, so they
# are matched by method name: name -> (default position, default keyword).
ENV_READER_METHODS: dict[str, tuple[int | None, str | None]] = {
    "bool": (1, "default"),
    "str": (1, "default"),
    "get_value": (2, "default"),
    "int": (1, "default"),
    "list": (1, "default"),
    "tuple": (1, "default"),
}
# `env = environ.Env()` then `env("SECRET_KEY", default="...")`: factories of callable readers.
ENV_READER_INSTANCES: dict[str, tuple[int | None, str | None]] = {"environ.Env": (2, "default")}
# Mappings whose subscript is a required environment read: `os.environ["SECRET_KEY"]`.
ENV_MAPPINGS = frozenset({"os.environ"})
# Module-level calls that pull settings from places we cannot see (django-split-settings, exec).
OPAQUE_SETTINGS_CALLS = frozenset(
    {"split_settings.tools.include", "builtins.exec", "builtins.execfile"}
)
# String methods that may sit between the read and a comparison: `getenv(...).lower() == "true"`.
ENV_STRING_NORMALIZERS = frozenset({"lower", "upper", "strip", "casefold"})
TRUE_STRINGS = frozenset({"1", "true", "yes", "on", "t", "y"})
FALSE_STRINGS = frozenset({"", "0", "false", "no", "off", "f", "n", "none"})


def settings_kind(module: str) -> str:
    """`production`, `development` or `generic`, from the module's last name."""
    stem = module.rsplit(".", 1)[-1].lower()
    return _kind_of_parts(set(stem.replace("-", "_").split("_")))


def class_kind(name: str) -> str:
    """The same for a configuration class: `ProductionConfig`, `ProdConfig`, `TestingConfig`."""
    return _kind_of_parts({word.lower() for word in _CAMEL_WORD.findall(name)})


_CAMEL_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+")


def _kind_of_parts(parts: set[str]) -> str:
    if parts & DEVELOPMENT_NAMES:
        return "development"
    if parts & PRODUCTION_NAMES:
        return "production"
    return "generic"


# -- reading configuration values ------------------------------------------------------------


def env_default(call: ast.Call, semantic: SemanticModel) -> ast.expr | None:
    """The default of an environment read (`os.environ.get("DEBUG", True)`), if it is one."""
    reader = env_reader(call, semantic)
    if reader is None:
        return None
    position, keyword = reader
    for kw in call.keywords:
        if kw.arg == keyword:
            return kw.value
    if position is not None and len(call.args) > position:
        return call.args[position]
    return None


def env_reader(call: ast.Call, semantic: SemanticModel) -> tuple[int | None, str | None] | None:
    """(default position, default keyword) when `call` reads the environment, else None."""
    callee = semantic.qualified_name(call.func) or ""
    reader = ENV_READERS.get(callee)
    if reader is None and isinstance(call.func, ast.Attribute):
        reader = ENV_READER_METHODS.get(call.func.attr)
    if reader is None and isinstance(call.func, ast.Name):
        for value in semantic.assigned_values(call.func) or ():
            if isinstance(value, ast.Call):
                reader = ENV_READER_INSTANCES.get(semantic.qualified_name(value.func) or "")
    return reader


def truthy_setting(value: ast.expr, semantic: SemanticModel) -> bool:
    """Whether a configuration default means "on" (`True`, `1`, `"true"`, `"yes"`...)."""
    literal = semantic.literal_value(value)
    if isinstance(literal, str):
        return literal.strip().lower() in TRUE_STRINGS
    return literal is True or (isinstance(literal, int) and literal == 1)


def compared_default(compare: ast.Compare, semantic: SemanticModel) -> bool | None:
    """`os.getenv("DEBUG", "True") == "True"`: the comparison evaluated on the default (None when
    it is not such a comparison or cannot be evaluated)."""
    if len(compare.ops) != 1:
        return None
    read, normalizers = compare.left, []
    while (
        isinstance(read, ast.Call)
        and isinstance(read.func, ast.Attribute)
        and read.func.attr in ENV_STRING_NORMALIZERS
        and not read.args
        and not read.keywords
    ):
        normalizers.append(read.func.attr)
        read = read.func.value
    if not isinstance(read, ast.Call):
        return None
    default = env_default(read, semantic)
    if default is None:
        return None
    left = semantic.literal_value(default)
    right = semantic.literal_value(compare.comparators[0])
    if left is UNKNOWN or right is UNKNOWN:
        return None
    for method in reversed(normalizers):
        if not isinstance(left, str):
            return None
        left = getattr(left, method)()
    return _compare(compare.ops[0], left, right)


def _compare(op: ast.cmpop, left: object, right: object) -> bool | None:
    try:
        if isinstance(op, ast.Eq):
            return bool(left == right)
        if isinstance(op, ast.NotEq):
            return bool(left != right)
        if isinstance(op, ast.In):
            return left in right  # type: ignore[operator]
        if isinstance(op, ast.NotIn):
            return left not in right  # type: ignore[operator]
    except TypeError:
        return None
    return None


# -- what a settings module assigns ------------------------------------------------------------

# Settings that only a Django *project* settings module defines (not an app's `settings.py`).
DJANGO_PROJECT_MARKERS = frozenset(
    {
        "INSTALLED_APPS",
        "MIDDLEWARE",
        "ROOT_URLCONF",
        "DATABASES",
        "WSGI_APPLICATION",
        "ASGI_APPLICATION",
        "SECRET_KEY",
        "ALLOWED_HOSTS",
    }
)
# Methods that read a string and keep its meaning: `getenv("HOSTS", "*").split(",")`.
STRING_PASS_THROUGH = frozenset(
    {"split", "strip", "lower", "upper", "casefold", "rstrip", "lstrip"}
)
# Methods that add to a list setting in place: `ALLOWED_HOSTS.append("*")`.
LIST_EXTENDERS = frozenset({"append", "extend", "insert", "__iadd__"})


@dataclass(frozen=True)
class SettingValue:
    """One assignment to a setting, reduced to what rules need (picklable).

    `source` is `literal` (the value is `value`), `env` (an environment read; `value` is its
    default's literal, `has_default` says whether there is one; a comparison of the read, as in
    `getenv("DEBUG", "0") == "1"`, is evaluated on the default), `added` (an in-place addition:
    `value` is the literal added), or `unknown` (anything else, including assignments under an
    `if` or `try` at module level).
    """

    name: str
    site: Site
    source: str
    value: object = None
    has_default: bool = False


@dataclass(frozen=True)
class StarImport:
    module: str
    site: Site
    conditional: bool = False  # under an `if` / `try` at module level


@dataclass(frozen=True)
class SettingsModule:
    module: str
    kind: str
    is_settings: bool  # the file has the `settings` role
    first: Site  # the module's first statement (where absence findings are anchored)
    opaque: bool  # pulls settings from somewhere we cannot see (split-settings, exec, globals())
    events: tuple[SettingValue | StarImport, ...]  # in source order


def collect_settings(
    semantic: SemanticModel,
    site: Callable[[ast.AST], Site],
    is_settings: bool,
    names: Collection[str],
) -> SettingsModule | None:
    """The assignments to `names` and the star imports of a settings file (None when empty)."""
    body = semantic.tree.body
    if not body:
        return None
    events: list[SettingValue | StarImport] = []
    opaque = False
    for statement, conditional in _module_statements(body):
        opaque = opaque or _is_opaque(statement, semantic)
        if isinstance(statement, ast.ImportFrom):
            events.extend(_import_events(statement, semantic, site, names, conditional))
            continue
        for name, value in _assignments(statement, names):
            events.append(setting_value(name, value, statement, semantic, site, conditional))
    if not events and not opaque:
        return None
    kind = settings_kind(semantic.module)
    return SettingsModule(semantic.module, kind, is_settings, site(body[0]), opaque, tuple(events))


def _module_statements(body: list[ast.stmt]) -> Iterator[tuple[ast.stmt, bool]]:
    """Module-level statements, and those nested in module-level `if`/`try`/`with` (conditional)."""
    stack: list[tuple[ast.stmt, bool]] = [(s, False) for s in reversed(body)]
    while stack:
        statement, conditional = stack.pop()
        yield statement, conditional
        nested: list[ast.stmt] = []
        if isinstance(statement, ast.If | ast.With):
            nested = [*statement.body, *getattr(statement, "orelse", [])]
        elif isinstance(statement, ast.Try):
            nested = [*statement.body, *statement.orelse, *statement.finalbody]
            nested += [s for handler in statement.handlers for s in handler.body]
        stack.extend((s, True) for s in reversed(nested))


def _is_opaque(statement: ast.stmt, semantic: SemanticModel) -> bool:
    if not isinstance(statement, ast.Expr) or not isinstance(statement.value, ast.Call):
        return False
    func = statement.value.func
    if semantic.qualified_name(func) in OPAQUE_SETTINGS_CALLS:
        return True
    # globals().update(...) / vars().update(...)
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "update"
        and isinstance(func.value, ast.Call)
        and semantic.qualified_name(func.value.func) in {"builtins.globals", "builtins.vars"}
    )


def _import_events(
    statement: ast.ImportFrom,
    semantic: SemanticModel,
    site: Callable[[ast.AST], Site],
    names: Collection[str],
    conditional: bool,
) -> Iterator[SettingValue | StarImport]:
    for alias in statement.names:
        if alias.name == "*":
            module = semantic.resolve_relative(statement.module, statement.level)
            yield StarImport(module, site(statement), conditional)
        elif (alias.asname or alias.name) in names:
            yield SettingValue(alias.asname or alias.name, site(statement), "unknown")


def _assignments(
    statement: ast.stmt, names: Collection[str]
) -> Iterator[tuple[str, ast.expr | None]]:
    """(name, value) for each assignment to one of `names`; the value is None when the name is
    unpacked from a tuple (`A, B = ...`)."""
    if isinstance(statement, ast.Assign):
        for target in statement.targets:
            if isinstance(target, ast.Name) and target.id in names:
                yield target.id, statement.value
            elif isinstance(target, ast.Tuple | ast.List):
                for element in target.elts:
                    if isinstance(element, ast.Name) and element.id in names:
                        yield element.id, None
    elif isinstance(statement, ast.AnnAssign | ast.AugAssign):
        target = statement.target
        if isinstance(target, ast.Name) and target.id in names and statement.value is not None:
            yield target.id, statement.value
    elif isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Call):
        func = statement.value.func
        if (
            isinstance(func, ast.Attribute)
            and func.attr in LIST_EXTENDERS
            and isinstance(func.value, ast.Name)
            and func.value.id in names
        ):
            yield func.value.id, statement.value


def setting_value(
    name: str,
    value: ast.expr | None,
    statement: ast.stmt,
    semantic: SemanticModel,
    site: Callable[[ast.AST], Site],
    conditional: bool,
) -> SettingValue:
    where = site(statement)
    if conditional or value is None:
        return SettingValue(name, where, "unknown")
    if isinstance(statement, ast.AugAssign) or (
        isinstance(statement, ast.Expr) and isinstance(value, ast.Call)
    ):
        added = _added_literal(value, semantic)
        return SettingValue(name, where, "unknown" if added is UNKNOWN else "added", added)
    literal = folded_literal(value, semantic)
    if literal is not UNKNOWN:
        return SettingValue(name, where, "literal", literal)
    return _read_value(name, value, where, semantic)


def folded_literal(value: ast.expr, semantic: SemanticModel, depth: int = 0) -> object:
    """`literal_value`, also folding the elements of a list, tuple or set one by one through
    module constants (`ANY = "*"; ALLOWED_HOSTS = [ANY, "localhost"]`)."""
    literal = semantic.literal_value(value)
    if literal is not UNKNOWN or depth > 4:
        return literal
    if isinstance(value, ast.Name):
        constant = semantic.module_constant(value.id)
        if isinstance(constant, ast.List | ast.Tuple | ast.Set):
            return folded_literal(constant, semantic, depth + 1)
        return UNKNOWN
    if not isinstance(value, ast.List | ast.Tuple | ast.Set):
        return UNKNOWN
    items = [folded_literal(element, semantic, depth + 1) for element in value.elts]
    if any(item is UNKNOWN for item in items):
        return UNKNOWN  # also `[*BASE, "x"]`: a starred element is not a literal
    if isinstance(value, ast.Tuple):
        return tuple(items)
    if isinstance(value, ast.Set):
        try:
            return set(items)
        except TypeError:
            return UNKNOWN
    return items


def _added_literal(value: ast.expr, semantic: SemanticModel) -> object:
    if isinstance(value, ast.Call):  # HOSTS.append("*") / HOSTS.extend(["*"])
        if len(value.args) != 1 or not isinstance(value.func, ast.Attribute):
            return UNKNOWN
        added = folded_literal(value.args[-1], semantic)
        if value.func.attr in {"append", "insert"}:
            return UNKNOWN if added is UNKNOWN else [added]
        return added
    return folded_literal(value, semantic)


def _read_value(name: str, value: ast.expr, where: Site, semantic: SemanticModel) -> SettingValue:
    if isinstance(value, ast.Compare):
        result = compared_default(value, semantic)
        if result is None:
            return SettingValue(name, where, "unknown")
        return SettingValue(name, where, "env", result, has_default=True)
    read = value
    while (
        isinstance(read, ast.Call)
        and isinstance(read.func, ast.Attribute)
        and read.func.attr in STRING_PASS_THROUGH
    ):
        read = read.func.value
    if isinstance(read, ast.BoolOp):
        fallback = _or_fallback(read, semantic)
        if fallback is None:
            return SettingValue(name, where, "unknown")
        default = fallback
    else:
        if isinstance(read, ast.Subscript) and semantic.qualified_name(read.value) in ENV_MAPPINGS:
            return SettingValue(name, where, "env")
        if not isinstance(read, ast.Call) or env_reader(read, semantic) is None:
            return SettingValue(name, where, "unknown")
        found = env_default(read, semantic)
        if found is None:
            return SettingValue(name, where, "env")
        default = found
    literal = semantic.literal_value(default)
    if literal is UNKNOWN:
        return SettingValue(name, where, "unknown")
    if read is not value and isinstance(literal, str) and isinstance(value, ast.Call):
        literal = _apply_string_methods(value, literal, semantic)
    return SettingValue(name, where, "env", literal, has_default=True)


def _or_fallback(value: ast.BoolOp, semantic: SemanticModel) -> ast.expr | None:
    """`os.environ.get("KEY") or "fallback"`: the fallback (the last operand) when every operand
    before it reads the environment; None for any other `or` / `and`."""
    if not isinstance(value.op, ast.Or) or len(value.values) < 2:
        return None
    *reads, fallback = value.values
    for read in reads:
        if isinstance(read, ast.Subscript) and semantic.qualified_name(read.value) in ENV_MAPPINGS:
            continue
        if not isinstance(read, ast.Call) or env_reader(read, semantic) is None:
            return None
    return fallback


def _apply_string_methods(value: ast.Call, literal: str, semantic: SemanticModel) -> object:
    """`getenv("HOSTS", "*").split(",")` evaluated on the default."""
    calls: list[ast.Call] = []
    current: ast.expr = value
    while isinstance(current, ast.Call) and isinstance(current.func, ast.Attribute):
        if current.func.attr not in STRING_PASS_THROUGH:
            break
        calls.append(current)
        current = current.func.value
    result: object = literal
    for call in reversed(calls):
        args = [semantic.literal_value(a) for a in call.args]
        if not isinstance(result, str) or any(a is UNKNOWN for a in args) or call.keywords:
            return UNKNOWN
        try:
            result = getattr(result, call.func.attr)(*args)  # type: ignore[attr-defined]
        except (TypeError, ValueError):
            return UNKNOWN
    return result


# -- following star imports --------------------------------------------------------------------


@dataclass(frozen=True)
class Resolved:
    """The value a module ends up with for one setting, and how it got there."""

    value: SettingValue
    trace: tuple[Step, ...]
    inherited_through: StarImport | None  # the star import it came through, if not the module's own
    additions: tuple[SettingValue, ...] = ()  # in-place additions after the assignment


def resolve_setting(
    module: str, modules: Mapping[str, SettingsModule], name: str
) -> Resolved | None:
    """The last assignment to `name` that `module` sees, following its star imports in order."""
    return _resolve(module, modules, name, frozenset())


def _resolve(
    module: str, modules: Mapping[str, SettingsModule], name: str, active: frozenset[str]
) -> Resolved | None:
    settings = modules.get(module)
    if settings is None or module in active:
        return None
    current: Resolved | None = None
    for event in settings.events:
        if isinstance(event, SettingValue):
            if event.name != name:
                continue
            step = Step(event.site.location, f"{name} assigned")
            if event.source == "added" and current is not None:
                current = Resolved(
                    current.value,
                    (*current.trace, step),
                    current.inherited_through,
                    (*current.additions, event),
                )
            else:
                current = Resolved(event, (step,), None)
            continue
        if event.conditional:
            continue
        inherited = _resolve(event.module, modules, name, active | {module})
        if inherited is not None:
            hop = Step(event.site.location, f"`{module}` star-imports `{event.module}`")
            current = Resolved(inherited.value, (*inherited.trace, hop), event, inherited.additions)
    return current


def fully_known(module: str, modules: Mapping[str, SettingsModule]) -> bool:
    """Whether every setting `module` ends up with is visible: no star import from outside the
    project, no conditional star import, no split-settings `include()` or `exec`."""
    seen: set[str] = set()
    pending = [module]
    while pending:
        current = pending.pop()
        if current in seen:
            continue
        seen.add(current)
        settings = modules.get(current)
        if settings is None or settings.opaque:
            return False
        for event in settings.events:
            if isinstance(event, StarImport):
                if event.conditional:
                    return False
                pending.append(event.module)
    return True


def star_imported(modules: Mapping[str, SettingsModule]) -> frozenset[str]:
    """Modules that another settings module star-imports (shared bases)."""
    return frozenset(
        event.module
        for settings in modules.values()
        for event in settings.events
        if isinstance(event, StarImport)
    )


def deployed_modules(
    modules: Mapping[str, SettingsModule],
) -> Iterator[tuple[SettingsModule, bool]]:
    """The settings modules that run in production, each with whether it is *explicitly* a
    production module (`production.py`, `settings_prod.py`, ...).

    A generic module (`settings.py`) counts when no other module star-imports it (it is not a
    shared base), no other non-development settings module sits next to it (django-split-settings
    and similar layouts combine those in ways we cannot follow), and its own `DEBUG` is not
    hard-coded to True: a project whose only settings turn DEBUG on is a development setup, which
    SEC301 reports on its own. Development, local and test modules never count.
    """
    bases = star_imported(modules)
    packages = Counter(
        m.module.rpartition(".")[0]
        for m in modules.values()
        if m.is_settings and m.kind != "development"
    )
    for settings in sorted(modules.values(), key=lambda m: m.module):
        if not settings.is_settings or settings.kind == "development":
            continue
        if settings.kind == "production":
            yield settings, True
            continue
        if settings.module in bases or packages[settings.module.rpartition(".")[0]] > 1:
            continue  # a shared base, or one of several modules combined some other way
        debug = resolve_setting(settings.module, modules, "DEBUG")
        if debug is not None and debug.value.source == "literal" and debug.value.value is True:
            continue
        yield settings, False


def is_project_settings(module: str, modules: Mapping[str, SettingsModule]) -> bool:
    """A Django project's settings (it, or a module it star-imports, gives INSTALLED_APPS,
    DATABASES, SECRET_KEY... a value), not a reusable app's own `settings.py` nor Django's
    `global_settings.py`."""
    return any(
        _has_content(resolve_setting(module, modules, name)) for name in DJANGO_PROJECT_MARKERS
    )


def _has_content(resolved: Resolved | None) -> bool:
    """Set to something other than an empty literal (`INSTALLED_APPS = []` is a defaults module,
    like `django/conf/global_settings.py`)."""
    if resolved is None:
        return False
    value = resolved.value
    return value.source != "literal" or bool(value.value) or bool(resolved.additions)


def setting_state(resolved: Resolved | None) -> str:
    """`missing`, `off` (a false literal), `default-off` (an environment read whose default is
    false), `on`, or `unknown`, for a setting that must be switched on in production."""
    if resolved is None:
        return "missing"
    value = resolved.value
    if value.source == "literal":
        return "off" if is_off(value.value) else "on"
    if value.source == "env":
        return "default-off" if value.has_default and is_off(value.value) else "on"
    return "unknown"


def is_off(value: object) -> bool:
    """Whether a configuration value means "off": False, None, 0, "", "0", "false"..."""
    if isinstance(value, str):
        return value.strip().lower() in FALSE_STRINGS
    return not value


def settings_modules(facts: Mapping[str, object]) -> dict[str, SettingsModule]:
    """The `SettingsModule` facts of a run, by module name (other facts are ignored)."""
    found: dict[str, SettingsModule] = {}
    for fact in facts.values():
        items = fact if isinstance(fact, tuple) else (fact,)
        for item in items:
            if isinstance(item, SettingsModule):
                found.setdefault(item.module, item)
    return found


def module_anchor(settings: SettingsModule) -> Site:
    """Where a finding about what a module lacks goes: its first star import, else its first
    statement."""
    for event in settings.events:
        if isinstance(event, StarImport) and not event.conditional:
            return event.site
    return settings.first


def value_anchor(
    settings: SettingsModule, resolved: Resolved, event: SettingValue
) -> tuple[Site, tuple[Step, ...]]:
    """Where a finding about a setting's value goes, and its trace: the assignment when it is in
    `settings` itself, else the star import it came through (with the path it took)."""
    own = event.site.location.path == settings.first.location.path
    if own or resolved.inherited_through is None:
        return event.site, ()
    return resolved.inherited_through.site, resolved.trace
