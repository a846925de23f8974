"""# Login endpoint without rate limiting

## What it does
Finds endpoints that check credentials (login, token, password-reset confirmation, one-time-code
verification) with no rate limiting. An endpoint is recognized by its route path (`/login`,
`/token`, `/auth/signin`, `/password/reset`), its name (`login`, `sign_in`, `obtain_token`,
`reset_password`, `verify_otp`), by calling `authenticate()`, `check_password()`,
`verify_password()` or `check_password_hash()`, or by extending DRF `ObtainAuthToken`, SimpleJWT
`TokenObtainPairView` or Django's `LoginView`; routing DRF's `obtain_auth_token` in a URLconf
or Django's `LoginView` directly in a URLconf counts too (`obtain_auth_token` sets
`throttle_classes = ()`, so `DEFAULT_THROTTLE_CLASSES` does not reach it). For logins a name
alone is not enough: the endpoint must accept POST and read a password or code field (or check
one); a POST to a password-reset endpoint is recognized by its name or path alone. Endpoints that
already require a logged-in user are skipped.
Rate limiting is recognized in every common form: slowapi and Flask-Limiter
(`@limiter.limit("5/minute")`, `limiter.limit(...)(blueprint)` for a blueprint, or
`Limiter(..., default_limits=[...])` for the whole app), fastapi-limiter
(`Depends(RateLimiter(...))`), django-ratelimit (`@ratelimit(...)`, through `method_decorator`,
or wrapping the view in the URLconf), django-axes (`axes` in `INSTALLED_APPS`, `AxesMiddleware`
or `AxesBackend`), and DRF throttles (`throttle_classes`, `@throttle_classes`,
`as_view(throttle_classes=...)`, `DEFAULT_THROTTLE_CLASSES`).

## Why it matters
A login endpoint that answers as fast as it is asked lets an attacker try passwords without limit:
credential stuffing with leaked password lists, or brute force of short one-time codes (a
six-digit OTP falls in hours). Rate limiting and lockout are the standard control (OWASP ASVS
2.2.1), and they also make the endpoint less useful as a way to enumerate accounts.

## Example
```python
@router.post("/auth/token")
def login(form: OAuth2PasswordRequestForm = Depends(), db: Session = Depends(get_db)):
    user = users.authenticate(db, form.username, form.password)
    ...
```

## Use instead
FastAPI with slowapi:
```python
from slowapi import Limiter
from slowapi.util import get_remote_address

limiter = Limiter(key_func=get_remote_address)

@router.post("/auth/token")
@limiter.limit("5/minute")
def login(request: Request, form: OAuth2PasswordRequestForm = Depends()):
    ...
```
Flask: `@limiter.limit("5 per minute")` from Flask-Limiter. Django:
`@ratelimit(key="post:username", rate="5/m", block=True)` from django-ratelimit, or
django-axes in `INSTALLED_APPS`. DRF:
```python
class LoginView(ObtainAuthToken):
    throttle_classes = [ScopedRateThrottle]
    throttle_scope = "login"

REST_FRAMEWORK = {"DEFAULT_THROTTLE_RATES": {"login": "5/min"}}
```

## Alternatives and trade-offs
- **Per-IP limits** (the default key of most limiters) stop one machine but not a botnet;
  **per-account limits** (`key="post:username"`) stop distributed guessing of one account but
  let an attacker lock real users out.
- **Account lockout** (django-axes) is strong against brute force, but is itself a denial of
  service: anyone can lock any account by failing its login. Prefer progressive delays or a
  CAPTCHA after a few failures, and unlock by time rather than by an administrator.
- **At the reverse proxy** (nginx `limit_req`, a WAF, Cloudflare rate limiting) limits apply
  before the app and cost nothing per request, but the proxy does not know which attempts failed
  and is easy to bypass from inside the network; keep an app-level limit for logins.
- Limiter storage must be shared (Redis) when the app runs several processes, or each worker
  counts separately.

## Libraries
`slowapi`, `fastapi-limiter`, `Flask-Limiter`, `django-ratelimit`, `django-axes`,
`djangorestframework` throttling, `limits`.

## References
- https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html#protect-against-automated-attacks
- https://www.django-rest-framework.org/api-guide/throttling/
- https://flask-limiter.readthedocs.io/
- https://cwe.mitre.org/data/definitions/307.html
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from scrutiny.context import FileContext, ProjectReporter
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks import auth
from scrutiny.rule import Rule
from scrutiny.semantic.project import ProjectIndex, Site

from ._endpoints import INLINE, Endpoint, Facts, ViewClass, extract
from ._names import is_login_like, is_reset_like
from ._views import Project, View

FIX = {
    "fastapi": 'add `@limiter.limit("5/minute")` (slowapi) or `Depends(RateLimiter(...))`',
    "flask": 'add `@limiter.limit("5 per minute")` (Flask-Limiter)',
    "django": 'add `@ratelimit(key="post:username", rate="5/m", block=True)` or django-axes',
    "drf": "set `throttle_classes = [ScopedRateThrottle]` with a `throttle_scope` rate",
}


def collect(file: FileContext) -> Facts | None:
    return extract(file)


def finish(index: ProjectIndex, facts: Mapping[str, Any], reporter: ProjectReporter) -> None:
    project = Project.of(index, facts)
    limiters = {index.resolve(lim.qualname): lim for f in project.files for lim in f.limiters}
    app_wide = {_package(name) for name, lim in limiters.items() if lim.has_defaults}
    axes = bool(project.settings.get("axes"))
    throttled_default = bool(project.settings.get("drf_throttles"))
    # an endpoint that requires a logged-in user is not where credentials are first checked
    signed_in = {v.qualname for v in project.views() if _authenticated(v)}
    for fact in project.files:
        if fact.in_framework:
            continue
        for endpoint in fact.endpoints:
            if endpoint.qualname in signed_in or not _is_login(endpoint):
                continue
            if _limited(endpoint, project, limiters, app_wide):
                continue
            if axes and endpoint.framework in ("django", "drf"):
                continue
            if throttled_default and endpoint.framework == "drf":
                continue
            _report(reporter, endpoint.site, endpoint.name, endpoint.framework)
        for klass in fact.classes:
            if klass.qualname not in signed_in:
                _judge_class(project, klass, axes, throttled_default, reporter)
        for route in fact.url_routes:
            view = index.resolve(route.view)
            if view not in auth.CREDENTIAL_VIEWS or route.rate_limited or axes:
                continue  # a project view is judged where it is defined
            drf = view.startswith(auth.DRF_PACKAGES)
            if drf and throttled_default and view not in auth.UNTHROTTLED_LIBRARY_VIEWS:
                continue
            name = view.rsplit(".", 1)[-1]
            _report(reporter, route.site, name, "drf" if drf else "django", routed=True)


def _authenticated(view: View) -> bool:
    """Guarded by something other than a project-wide default (which login views opt out of)."""
    return any(
        g.qualname != INLINE and not g.label.startswith(("DEFAULT_", "LoginRequiredMiddleware"))
        for g in view.guards
    )


def _is_login(endpoint: Endpoint) -> bool:
    if endpoint.framework == "django" and not endpoint.methods:
        return endpoint.credential_check == "call"
    if not endpoint.methods & {"post", "put"}:
        return False
    if endpoint.credential_check == "call" or is_reset_like(endpoint.name, endpoint.path):
        return True
    return bool(endpoint.credential_check) and is_login_like(endpoint.name, endpoint.path)


def _package(qualname: str) -> str:
    return qualname.split(".", 1)[0]


def _limited(
    endpoint: Endpoint, project: Project, limiters: Mapping[str, Any], app_wide: set[str]
) -> bool:
    if endpoint.rate_limits:
        return True
    groups = {project.index.resolve(g) for f in project.files for g in f.limited_groups}
    if project.index.resolve(endpoint.group) in groups:
        return True
    for ref in endpoint.limiter_refs:
        if ref == "local" or project.index.resolve(ref) in limiters:
            return True
    covered = _package(endpoint.qualname) in app_wide  # the app's default limits
    return covered and endpoint.framework in ("flask", "fastapi") and not endpoint.exempt


def _judge_class(
    project: Project,
    klass: ViewClass,
    axes: bool,
    throttled_default: bool,
    reporter: ProjectReporter,
) -> None:
    kind = project.graph.kind(klass)
    if kind is None:
        return
    lineage = list(project.graph.lineage(klass))
    bases = project.graph.external_bases(klass)
    credential_base = bool(bases & auth.CREDENTIAL_VIEWS)
    writes = project.graph.write_methods(klass)
    login = credential_base or any(c.credential_check == "call" for c in lineage)
    evidence = any(c.credential_check for c in lineage)
    named = is_reset_like(klass.name, "") or (evidence and is_login_like(klass.name, ""))
    login = login or (bool(writes) and named)
    if not login or any(c.rate_limits for c in lineage) or axes:
        return
    throttles = project.graph.first_set(klass, "throttles")
    if throttles is not None and throttles[1]:
        return
    if kind == "drf" and throttled_default and throttles is None:
        return
    _report(reporter, klass.site, klass.name, kind)


def _report(
    reporter: ProjectReporter, site: Site, name: str, framework: str, routed: bool = False
) -> None:
    what = f"the route to `{name}`" if routed else f"`{name}`"
    if is_reset_like(name, ""):
        reporter.report(
            site,
            f"{what} handles password resets with no rate limiting: attackers can guess reset "
            "codes and flood users with reset mail",
            fix=FIX.get(framework, FIX["drf"]),
        )
        return
    reporter.report(
        site,
        f"{what} checks credentials with no rate limiting: attackers can guess passwords or "
        "codes as fast as the server answers",
        fix=FIX.get(framework, FIX["drf"]),
    )


RULE = Rule(
    code="SEC217",
    name="login-without-rate-limit",
    severity=Severity.MEDIUM,
    confidence=Confidence.MEDIUM,
    cwe=(307,),
    owasp=("A07:2021",),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    collect=collect,
    finish=finish,
)
