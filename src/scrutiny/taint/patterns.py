"""Regular-expression guards: which sink kinds a full match of a pattern makes a value safe for.

`re.fullmatch(r"[A-Z]{3}-[0-9]{4}", sku)` admits only letters, digits and `-`, none of which
can break out of an SQL string or a shell word, so where it holds `sku` is safe for every kind;
`r"[a-z0-9.-]+"` (a host name) is safe for a shell but not as the host of an outgoing request;
`.*`, `\\S+` and `[^/]+` admit almost anything and clear nothing.

The analysis is a scan of the pattern's text for the characters it can match (literals,
escapes, classes and ranges); anything it does not understand makes it give up (clear nothing).
"""

from __future__ import annotations

import string

from scrutiny.frameworks.taint_sanitizers import ALL, REGEX_UNSAFE_CHARACTERS

_ESCAPE_CLASSES = {
    "d": frozenset(string.digits),
    "w": frozenset(string.ascii_letters + string.digits + "_"),
    "s": frozenset(" \t\n\r\f\v"),
}
_UNBOUNDED_ESCAPES = frozenset("DWS")  # everything but a few characters
_ANCHORS = frozenset("AZbB")
_CONTROL_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_MAX_RANGE = 0x3000  # `[\x00-\uffff]` and the like: give up rather than enumerate
_QUANTIFIER_CHARS = frozenset(string.digits + ",")


def pattern_clears(pattern: str, trailing_newline: bool = False) -> frozenset[str]:
    """The sink kinds a value is safe for where it fully matches `pattern` (`"*"`: every kind).

    `trailing_newline`: the match may leave a final line feed unmatched (`re.match` with `$`).
    """
    admitted = admitted_characters(pattern)
    if admitted is None:
        return frozenset()
    return _safe_kinds(admitted | {"\n"} if trailing_newline else admitted)


def substitution_clears(pattern: str, replacement: str) -> frozenset[str]:
    """What `re.sub(pattern, replacement, value)` makes a value safe for, when `pattern` matches
    every character outside an allowed set (`[^a-z0-9-]+`): the result holds only that set and
    the replacement's characters."""
    if not (pattern.startswith("[^") and pattern.endswith(("]", "]+", "]*"))):
        return frozenset()
    kept = "[" + pattern[2:].rstrip("+*")
    admitted = admitted_characters(kept) if kept.count("]") == 1 else None
    if admitted is None or "\\" in replacement:  # `\1` and `\g<name>` bring back matched text
        return frozenset()
    return _safe_kinds(admitted | frozenset(replacement))


def _safe_kinds(admitted: frozenset[str]) -> frozenset[str]:
    kinds = frozenset(k for k, unsafe in REGEX_UNSAFE_CHARACTERS.items() if not admitted & unsafe)
    return ALL if len(kinds) == len(REGEX_UNSAFE_CHARACTERS) else kinds


def admitted_characters(pattern: str) -> frozenset[str] | None:
    """Every character a match of `pattern` can contain, or None when that is (almost) any."""
    admitted: set[str] = set()
    position, end = 0, len(pattern)
    while position < end:
        char = pattern[position]
        if char == "\\":
            found = _escape(pattern, position)
            if found is None:
                return None
            characters, position = found
            admitted |= characters
        elif char == "[":
            found = _character_class(pattern, position)
            if found is None:
                return None
            characters, position = found
            admitted |= characters
        elif char == ".":
            return None
        elif char == "(":
            skipped = _group_prefix(pattern, position)
            if skipped is None:
                return None
            position = skipped
        elif char == "{" and _is_quantifier(pattern, position):
            position = pattern.index("}", position) + 1
        elif char in "|)*+?^$":
            position += 1
        else:
            admitted.add(char)
            position += 1
    return frozenset(admitted)


def _escape(pattern: str, position: int) -> tuple[frozenset[str], int] | None:
    """`\\d`, `\\.`, `\\n` at `position`: what it admits and where the next token starts."""
    if position + 1 >= len(pattern):
        return None
    letter = pattern[position + 1]
    after = position + 2
    if letter in _UNBOUNDED_ESCAPES:
        return None
    if letter in _ESCAPE_CLASSES:
        return _ESCAPE_CLASSES[letter], after
    if letter in _ANCHORS or letter.isdigit():  # an anchor, or a backreference (repeats a group)
        return (frozenset(), after) if letter != "0" else None
    if letter in _CONTROL_ESCAPES:
        return frozenset(_CONTROL_ESCAPES[letter]), after
    if letter.isalpha():  # `\x41`, `\u0041`, `\N{...}`: rare in guards; give up
        return None
    return frozenset(letter), after


def _character_class(pattern: str, position: int) -> tuple[frozenset[str], int] | None:
    """`[...]` at `position`; None for a negated class (`[^/]`) or one that is not understood."""
    position += 1
    if position < len(pattern) and pattern[position] == "^":
        return None
    members: set[str] = set()
    previous: str | None = None
    first = True
    while position < len(pattern):
        char = pattern[position]
        if char == "]" and not first:
            return frozenset(members), position + 1
        first = False
        if char == "\\":
            found = _escape(pattern, position)
            if found is None:
                return None
            characters, position = found
            members |= characters
            previous = next(iter(characters)) if len(characters) == 1 else None
            continue
        if char == "-" and previous is not None and position + 1 < len(pattern):
            upper = pattern[position + 1]
            if upper != "]":
                if upper == "\\":
                    return None
                if ord(upper) < ord(previous) or ord(upper) - ord(previous) > _MAX_RANGE:
                    return None
                members |= {chr(c) for c in range(ord(previous), ord(upper) + 1)}
                previous = None
                position += 2
                continue
        if char == "[" and pattern[position + 1 : position + 2] == ":":
            return None  # POSIX classes are not Python syntax: a literal `[:` is too odd to trust
        members.add(char)
        previous = char
        position += 1
    return None  # unterminated


def _group_prefix(pattern: str, position: int) -> int | None:
    """Skip `(`, `(?:`, `(?P<name>`, `(?=`, `(?<!`, inline flags; None for what it cannot read."""
    if pattern[position + 1 : position + 2] != "?":
        return position + 1
    rest = pattern[position + 2 :]
    if rest.startswith((":", "=", "!", ">")):
        return position + 3
    if rest.startswith(("<=", "<!")):
        return position + 4
    if rest.startswith("P<"):
        close = pattern.find(">", position)
        return None if close < 0 else close + 1
    flags = ""
    for char in rest:
        if char in ":)":
            break
        flags += char
    if flags and all(c in "aiLmsux-" for c in flags):
        return position + 2 + len(flags) + 1  # past the `)` of `(?i)` or the `:` of `(?i:`
    return None  # (?P=name), (?#comment), conditionals: not worth reading


def _is_quantifier(pattern: str, position: int) -> bool:
    close = pattern.find("}", position)
    inner = pattern[position + 1 : close] if close > 0 else ""
    return bool(inner) and all(c in _QUANTIFIER_CHARS for c in inner)
