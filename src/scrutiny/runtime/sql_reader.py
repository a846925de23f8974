"""Read one SQL text's shape from `sqlparse`'s tokens: fingerprint, verb, tables, filtered columns.

The recorder needs a statement's shape the first time it meets its text, while the test runs:
its fingerprint (to group executions), its verb (reads are explained), and whether it filters
rows (only those can miss an index). The review later needs which columns of which tables a
statement compares or sorts on (the relation an N+1 follows, the index a full scan lacks).

All of it is read from one pass of sqlparse's lexer, not from a full parse: the lexer is cheap
(a fraction of a millisecond per text, and Django has imported sqlparse already), and every text
tokenizes, whatever its dialect. The tokens are read as a flat list; parentheses are told apart
by what surrounds them (a subquery, a function call, an `IN` list or a grouping), and conditions
are the tokens that follow `WHERE` or a join's `ON` up to the next clause:

* the fingerprint spells every token once, literals and placeholders as `?`, an `IN (...)` list
  of values as `IN (?)` whatever its length, a multi-row `VALUES` as its first row; whitespace
  and comments go, spacing is canonical (except before `(`, where the text's own is kept, so
  `COUNT(*)` and `IN (?)` read as written);
* a filter is a column compared with `=` (`eq`; also a bare boolean column, `WHERE active`),
  listed in `IN` (`in`), compared with `<`, `>`, `BETWEEN` or `LIKE` (`range`), compared with
  another column (`join`), or sorted on by the statement's own `ORDER BY` (`order`). An operand
  counts only when it is a plain column (`"t"."c"`, `c`): `UPPER(c) = ?` filters on no column
  an index on `c` serves. Columns are resolved through the table aliases; an unqualified column
  belongs to the statement's only table, or to none when there are several.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlparse import lexer
from sqlparse import tokens as T


@dataclass(frozen=True)
class Filter:
    """A column the statement filters or sorts on: `op` is `eq` (also a bare boolean column,
    `WHERE active`), `in`, `range`, `join` (compared with another column) or `order`."""

    table: str
    column: str
    op: str


@dataclass(frozen=True)
class SqlShape:
    fingerprint: str
    kind: str  # select | insert | update | delete | other
    tables: tuple[str, ...]  # real table names, in order of appearance
    aliases: tuple[tuple[str, str], ...]  # (alias, table) pairs, including table -> table
    filters: tuple[Filter, ...]

    @property
    def filters_rows(self) -> bool:
        """Whether the statement has a condition (not only a sort) on some column."""
        return any(f.op != "order" for f in self.filters)

    def table_for(self, name: str) -> str | None:
        """The real table behind an alias or table name as the plan prints it."""
        for alias, table in self.aliases:
            if alias == name:
                return table
        return None


# A token: (category, text with its inner whitespace collapsed, the text upper-cased,
# whether whitespace or a comment preceded it). Categories: k keyword, n name (quoted or not),
# v value (literal or placeholder), o operator, p punctuation, w wildcard, x anything else.
_Token = tuple[str, str, str, bool]

_VERBS = {"SELECT": "select", "INSERT": "insert", "REPLACE": "insert"}
_VERBS |= {"UPDATE": "update", "DELETE": "delete"}
# Keywords that are never a column or a function name (sqlparse lexes `type`, `user`, `key`...
# as keywords, and those are column names just as often).
# fmt: off
_RESERVED = frozenset({
    "AND", "OR", "NOT", "IN", "IS", "NULL", "BETWEEN", "LIKE", "ILIKE", "EXISTS", "CASE", "WHEN",
    "THEN", "ELSE", "END", "TRUE", "FALSE", "SELECT", "FROM", "WHERE", "ON", "AS", "JOIN", "GROUP",
    "ORDER", "BY", "LIMIT", "OFFSET", "HAVING", "UNION", "INTERSECT", "EXCEPT", "ALL", "ANY",
    "SOME", "DISTINCT", "ESCAPE", "COLLATE", "ASC", "DESC", "NULLS", "USING", "SET", "VALUES",
    "INTO", "RETURNING", "FOR", "WITH", "INSERT", "UPDATE", "DELETE", "FETCH", "WINDOW", "LATERAL",
    "NATURAL", "CROSS", "INNER", "OUTER", "LEFT", "RIGHT", "FULL", "DEFAULT", "CURRENT_DATE",
    "CURRENT_TIME", "CURRENT_TIMESTAMP", "LOCALTIME", "LOCALTIMESTAMP", "CURRENT_USER",
    "SESSION_USER",
})
# A clause that ends a condition (`WHERE ...`, `ON ...`) at the condition's own depth.
_CLAUSES = frozenset({
    "GROUP BY", "ORDER BY", "LIMIT", "OFFSET", "HAVING", "WINDOW", "UNION", "UNION ALL",
    "INTERSECT", "EXCEPT", "RETURNING", "FOR", "FETCH", "WHERE", "ON", "USING", "SET", "VALUES",
})
# fmt: on
_RANGE = frozenset({"<", ">", "<=", ">=", "LIKE", "ILIKE", "NOT LIKE", "NOT ILIKE"})
_BOOLEAN = frozenset({"AND", "OR", "NOT", "WHEN", "THEN", "ELSE", "CASE", "END"})
_ORDER_WORDS = frozenset({"ASC", "DESC", "NULLS", "FIRST", "LAST"})  # `ASC NULLS LAST` is one token
_TIGHT = frozenset({",", ")", ".", ";", "::"})  # no space before these
_OPENERS = frozenset({"(", ".", "::"})  # no space after these


def read_shape(sql: str) -> SqlShape:
    """The fingerprint, verb, tables and filtered columns of `sql` (any dialect)."""
    tokens = _tokens(sql)
    parens = _parens(tokens)
    depths = _depths(tokens)
    kind = _kind(tokens, depths)
    aliases = _aliases(tokens, parens)
    filters = () if kind == "insert" else _filters(tokens, parens, depths, kind, dict(aliases))
    tables = tuple(dict.fromkeys(table for _, table in aliases))
    return SqlShape(_fingerprint(tokens, parens), kind, tables, aliases, filters)


def _tokens(sql: str) -> list[_Token]:
    found: list[_Token] = []
    spaced = False
    for ttype, value in lexer.tokenize(sql):  # type: ignore[no-untyped-call]
        if ttype in T.Whitespace or ttype in T.Comment:
            spaced = True
            continue
        category = _category(ttype)
        text = " ".join(value.split()) if category in "ko" else value
        upper = text.upper()
        if category == "k" and (upper in _RESERVED or " " in upper):
            text = upper  # `select` reads as `SELECT`; `type`, `user` may be columns: kept
        found.append((category, text, upper, spaced))
        spaced = False
    while found and found[-1][1] == ";":
        found.pop()
    return found


def _category(ttype: object) -> str:
    if ttype in T.Keyword:
        return "k"
    if ttype in T.Name.Placeholder:
        return "v"
    if ttype in T.String.Symbol or ttype in T.Name:
        return "n"
    if ttype in T.Literal:
        return "v"
    if ttype in T.Operator:
        return "o"
    if ttype in T.Punctuation:
        return "p"
    return "w" if ttype in T.Wildcard else "x"


def _is_word(token: _Token) -> bool:
    """A name, or a keyword that may name a column or table (`type`, `user`)."""
    category, text, upper, _ = token
    return category == "n" or (category == "k" and upper not in _RESERVED and " " not in text)


def _unquote(name: str) -> str:
    if len(name) >= 2 and (name[0], name[-1]) in (('"', '"'), ("`", "`"), ("[", "]")):
        return name[1:-1]
    return name


def _parens(tokens: list[_Token]) -> dict[int, tuple[int, str]]:
    """Each `(`'s matching `)` (or the end) and what it holds: `query`, `call` (a function's
    arguments), `list` (after `IN`) or `group`."""
    found: dict[int, tuple[int, str]] = {}
    open_: list[int] = []
    for index, token in enumerate(tokens):
        if token[1] == "(":
            open_.append(index)
        elif token[1] == ")" and open_:
            start = open_.pop()
            found[start] = (index, _paren_kind(tokens, start))
    for start in open_:  # unbalanced: the group runs to the last token
        found[start] = (len(tokens) - 1, _paren_kind(tokens, start))
    return found


def _paren_kind(tokens: list[_Token], start: int) -> str:
    after = tokens[start + 1][2] if start + 1 < len(tokens) else ""
    if after in ("SELECT", "WITH"):
        return "query"
    before = tokens[start - 1] if start else None
    if before is None:
        return "group"
    if before[2] in ("IN", "NOT IN"):
        return "list"
    return "call" if _is_word(before) else "group"


def _depths(tokens: list[_Token]) -> list[int]:
    """Each token's depth: how many parentheses are open around it (a parenthesis itself is
    at the depth outside it)."""
    depths: list[int] = []
    depth = 0
    for token in tokens:
        if token[1] == ")":
            depth -= 1
        depths.append(depth)
        if token[1] == "(":
            depth += 1
    return depths


def _kind(tokens: list[_Token], depths: list[int]) -> str:
    """The statement's verb: its first keyword, or after `WITH ...` the first at depth 0, or
    inside a leading `(` (a parenthesized `UNION`)."""
    if not tokens:
        return "other"
    first = tokens[0]
    if first[2] in _VERBS:
        return _VERBS[first[2]]
    if first[2] not in ("WITH", "("):
        return "other"
    for (category, _, upper, _), depth in zip(tokens, depths, strict=True):
        if category == "k" and upper in _VERBS and (depth == 0 or first[2] == "("):
            return _VERBS[upper]
    return "other"


def _aliases(
    tokens: list[_Token], parens: dict[int, tuple[int, str]]
) -> tuple[tuple[str, str], ...]:
    """(alias, table) pairs, and (table, table), for the tables after FROM, JOIN, INTO and
    UPDATE; not inside a function's arguments (`EXTRACT(YEAR FROM "t"."day")`)."""
    pairs: dict[tuple[str, str], None] = {}
    calls = [(start, end) for start, (end, kind) in parens.items() if kind == "call"]
    for index, token in enumerate(tokens):
        upper = token[2]
        if token[0] != "k" or not (upper in ("FROM", "INTO", "UPDATE") or upper.endswith("JOIN")):
            continue
        before = tokens[index - 1][2] if index else ""
        # `IS DISTINCT FROM`, `FOR UPDATE`, `ON DUPLICATE KEY UPDATE`: no table follows
        if before in ("DISTINCT", "FOR", "KEY") or any(s < index < e for s, e in calls):
            continue
        position = index + 1
        while True:
            position = _table(tokens, position, pairs, columns_may_follow=upper == "INTO")
            if upper != "FROM" or position >= len(tokens) or tokens[position][1] != ",":
                break
            position += 1
    return tuple(pairs)


def _table(
    tokens: list[_Token],
    position: int,
    pairs: dict[tuple[str, str], None],
    columns_may_follow: bool,
) -> int:
    """Read `name[.name...] [[AS] alias]` at `position` into `pairs`; where reading stopped.
    A `(` after the name makes it a function (`FROM generate_series(...)`), except after
    `INTO`, where the column list follows."""
    end = position
    while end < len(tokens) and _is_word(tokens[end]):
        if end + 1 < len(tokens) and tokens[end + 1][1] == ".":
            end += 2
            continue
        end += 1
        break
    if end == position or (not columns_may_follow and end < len(tokens) and tokens[end][1] == "("):
        return end  # a subquery, a function, or nothing readable
    table = _unquote(tokens[end - 1][1])
    pairs[(table, table)] = None
    if end < len(tokens) and tokens[end][2] == "AS":
        end += 1
        if end < len(tokens) and _is_word(tokens[end]):
            pairs[(_unquote(tokens[end][1]), table)] = None
            end += 1
    elif end < len(tokens) and tokens[end][0] == "n":
        pairs[(_unquote(tokens[end][1]), table)] = None
        end += 1
    return end


# -- conditions -------------------------------------------------------------------------------

# An atom of a condition: ("c", qualifier, column) a plain column; ("(",) ("|",) boundaries
# (an opening group, a boolean keyword); (")",) a closing group; ("op", word) a comparison or
# IN / BETWEEN; ("-",) anything else (a value, a call, a subquery, an operator like `+`).
_Atom = tuple[str, ...]


def _filters(
    tokens: list[_Token],
    parens: dict[int, tuple[int, str]],
    depths: list[int],
    kind: str,
    lookup: dict[str, str],
) -> tuple[Filter, ...]:
    tables = set(lookup.values())
    only = next(iter(tables)) if len(tables) == 1 else None
    found: dict[Filter, None] = {}

    def add(atom: _Atom | None, op: str) -> None:
        if atom is None or atom[0] != "c":
            return
        qualifier, column = atom[1], atom[2]
        table = lookup.get(qualifier) if qualifier else only
        if table is not None:
            found[Filter(table, column, op)] = None

    for start, end in _conditions(tokens, parens):
        _compare(_atoms(tokens, parens, start, end), add)
    if kind == "select":
        for atom in _order_columns(tokens, parens, depths):
            add(atom, "order")
    return tuple(found)


def _conditions(tokens: list[_Token], parens: dict[int, tuple[int, str]]) -> list[tuple[int, int]]:
    """The token ranges of every `WHERE` and join `ON` condition, subqueries' included."""
    ranges: list[tuple[int, int]] = []
    for index, token in enumerate(tokens):
        if token[0] != "k" or token[2] not in ("WHERE", "ON"):
            continue
        if token[2] == "ON" and index and tokens[index - 1][2] == "DISTINCT":
            continue  # DISTINCT ON (...): a projection
        position = index + 1
        while position < len(tokens):
            category, text, upper, _ = tokens[position]
            if text == "(":
                position = parens[position][0] + 1
                continue
            if text in (")", ";") or (
                category == "k" and (upper in _CLAUSES or upper.endswith("JOIN"))
            ):
                break
            position += 1
        ranges.append((index + 1, position))
    return ranges


def _atoms(
    tokens: list[_Token], parens: dict[int, tuple[int, str]], start: int, end: int
) -> list[_Atom]:
    atoms: list[_Atom] = []
    position = start
    between = False  # the next AND belongs to a BETWEEN
    while position < end:
        category, text, upper, _ = tokens[position]
        if text == "(":
            close, kind = parens[position]
            if kind == "group":
                atoms.append(("(",))
                position += 1
                continue
            atoms.append(("-",))  # a list, a subquery: an operand, never a column
            position = close + 1
            continue
        if text == ")":
            atoms.append((")",))
        elif _is_word(tokens[position]):
            column, position = _column(tokens, parens, position, end)
            atoms.append(column)
            continue
        elif category == "k" and upper in ("BETWEEN", "NOT BETWEEN"):
            atoms.append(("op", "BETWEEN"))
            between = True
        elif category == "k" and upper in ("IN", "NOT IN"):
            atoms.append(("op", "IN"))
        elif category == "k" and upper in _BOOLEAN:
            if upper == "AND" and between:
                between = False
                atoms.append(("-",))
            elif upper == "NOT" and atoms and atoms[-1][0] == "c":
                pass  # `x NOT IN (...)`, `x NOT BETWEEN`: NOT belongs to the operator
            else:
                atoms.append(("|",))
        elif category == "o" and (upper == "=" or upper in _RANGE):
            atoms.append(("op", upper))
        else:
            atoms.append(("-",))
        position += 1
    return atoms


def _column(
    tokens: list[_Token], parens: dict[int, tuple[int, str]], position: int, end: int
) -> tuple[_Atom, int]:
    """A plain column reference at `position` (`c`, `t.c`, `schema.t.c`), or a function call
    (one opaque atom), and where it ends."""
    parts = [_unquote(tokens[position][1])]
    position += 1
    while position + 1 < end and tokens[position][1] == "." and _is_word(tokens[position + 1]):
        parts.append(_unquote(tokens[position + 1][1]))
        position += 2
    if position < end and tokens[position][1] == "(" and parens[position][1] == "call":
        return ("-",), parens[position][0] + 1
    if position < end and tokens[position][1] in (".", "::"):
        return ("-",), position  # `t.*`, a cast: not a plain column
    qualifier = parts[-2] if len(parts) >= 2 else ""
    return ("c", qualifier, parts[-1]), position


def _compare(atoms: list[_Atom], add: Callable[[_Atom | None, str], None]) -> None:
    """Find the filters in one condition's atoms (`add(atom, op)` for each)."""

    def bounded_left(index: int) -> bool:
        return index == 0 or atoms[index - 1][0] in ("(", "|")

    def bounded_right(index: int) -> bool:
        return index == len(atoms) - 1 or atoms[index + 1][0] in (")", "|")

    def column(index: int, right: bool) -> _Atom | None:
        if not 0 <= index < len(atoms) or atoms[index][0] != "c":
            return None
        return atoms[index] if (bounded_right(index) if right else bounded_left(index)) else None

    for index, atom in enumerate(atoms):
        if atom[0] == "c" and bounded_left(index) and bounded_right(index):
            add(atom, "eq")  # `WHERE active`, `NOT archived`
        if atom[0] != "op":
            continue
        left = column(index - 1, right=False)
        if atom[1] == "IN":
            add(left, "in")
            continue
        if atom[1] == "BETWEEN":
            add(left, "range")
            continue
        right = column(index + 1, right=True)
        if left is not None and right is not None:
            add(left, "join")
            add(right, "join")
        elif atom[1] == "=":
            add(left or right, "eq")
        else:
            add(left, "range")


def _order_columns(
    tokens: list[_Token], parens: dict[int, tuple[int, str]], depths: list[int]
) -> list[_Atom]:
    """The plain columns of the statement's own `ORDER BY` (depth 0; not a `UNION`'s)."""
    start = None
    for index, (_, _, upper, _) in enumerate(tokens):
        if depths[index] != 0:
            continue
        if upper in ("UNION", "UNION ALL", "INTERSECT", "EXCEPT"):
            return []
        if upper == "ORDER BY":
            start = index + 1
    if start is None:
        return []
    columns: list[_Atom] = []
    position = start
    while position < len(tokens):
        if not _is_word(tokens[position]):
            break
        atom, position = _column(tokens, parens, position, len(tokens))
        while position < len(tokens) and _ORDER_WORDS.issuperset(tokens[position][2].split()):
            position += 1
        following = tokens[position] if position < len(tokens) else None
        if following is not None and following[1] != "," and following[0] != "k":
            break  # an expression (`a + b`), not a plain column
        columns.append(atom)
        if following is None or following[1] != ",":
            break
        position += 1
    return columns


# -- fingerprint ------------------------------------------------------------------------------


def _fingerprint(tokens: list[_Token], parens: dict[int, tuple[int, str]]) -> str:
    words: list[str] = []
    position = 0
    while position < len(tokens):
        category, text, upper, spaced = tokens[position]
        if text == "(" and parens[position][1] == "list":  # IN (1, 2, 3) -> IN (?)
            _emit(words, "(", spaced)
            words += ["?", ")"]
            position = parens[position][0] + 1
            continue
        _emit(words, "?" if category == "v" else text, spaced)
        position += 1
        if upper == "VALUES" and position < len(tokens) and tokens[position][1] == "(":
            row_end = parens[position][0]  # the first row is spelled, the others dropped
            for row_token in tokens[position : row_end + 1]:
                _emit(words, "?" if row_token[0] == "v" else row_token[1], row_token[3])
            position = row_end + 1
            while (
                position + 1 < len(tokens)
                and tokens[position][1] == ","
                and (tokens[position + 1][1] == "(")
            ):
                position = parens[position + 1][0] + 1
    return "".join(words)


def _emit(words: list[str], text: str, spaced: bool) -> None:
    """Append `text`, after a space unless it hugs its neighbour (`a.b`, `f(x)`, `a, b`)."""
    tight = (
        not words
        or text in _TIGHT
        or words[-1].lstrip() in _OPENERS
        or (text == "(" and not spaced)
    )
    words.append(text if tight else " " + text)
