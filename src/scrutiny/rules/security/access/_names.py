"""What names say: words of identifiers and paths, and the names of guards, logins and public
endpoints. Not a rule (it defines no `RULE`); shared by the access-control helpers.
"""

from __future__ import annotations

import itertools
import re

from scrutiny.frameworks import auth

# The frameworks' own packages define reusable views whose deployment decides their protection.
FRAMEWORK_PACKAGES = frozenset({*auth.WEB_PACKAGES, "werkzeug"})


def words(name: str) -> list[str]:
    """`get_current_user` -> [get, current, user]; `TokenObtainPairView` -> [token, obtain, ...]."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return [w for w in re.split(r"[^A-Za-z0-9]+", spaced.lower()) if w]


def path_words(path: str) -> list[str]:
    return [w for segment in path.split("/") if "{" not in segment for w in words(segment)]


def _phrase_words(name: str) -> set[str]:
    split = words(name)
    # `SignUpView` / `sign_up` / `log_in`: two words that spell one (`signup`, `login`)
    return set(split) | {a + b for a, b in itertools.pairwise(split)}


def is_public_by_design(name: str, path: str) -> bool:
    found = _phrase_words(name) | _phrase_words(" ".join(path_words(path)))
    return bool(found & auth.PUBLIC_WORDS)


def is_login_like(name: str, path: str) -> bool:
    present = _phrase_words(name) | _phrase_words(" ".join(path_words(path)))
    if present & auth.NOT_LOGIN_WORDS:
        return False
    if present & auth.LOGIN_WORDS:
        return True
    return any(a in present and b in present for a, b in auth.LOGIN_WORD_PAIRS)


def is_reset_like(name: str, path: str) -> bool:
    """`reset_password`, `/password/reset`, `PasswordResetView`: a reset request or confirmation."""
    present = _phrase_words(name) | _phrase_words(" ".join(path_words(path)))
    return any(a in present and b in present for a, b in auth.RESET_WORD_PAIRS)


def named_like_guard(name: str) -> bool:
    found = words(name)
    if not found:
        return False
    if set(found) & auth.GUARD_WORDS:
        return True
    return found[-1] in auth.GUARD_LAST_WORDS or "api_key" in name.lower()


def requires_login(name: str) -> bool:
    """`LoginRequiredMiddleware`, `RequireAuthMiddleware`: refuses anonymous requests."""
    found = set(words(name))
    return bool(found & auth.REQUIRE_WORDS) and named_like_guard(name)


def in_framework(module: str) -> bool:
    return module.split(".", 1)[0] in FRAMEWORK_PACKAGES


# -- extraction -------------------------------------------------------------------------------


def framework_name(qualname: str) -> bool:
    return qualname.split(".", 1)[0] in auth.WEB_PACKAGES
