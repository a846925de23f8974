"""Dotted module names for files, found from the package layout on disk (never by importing)."""

from __future__ import annotations

from pathlib import PurePosixPath

SOURCE_ROOT_NAMES = frozenset({"src", "lib"})


def module_name(relpath: str, package_dirs: frozenset[str]) -> tuple[str, bool]:
    """The module name of a file and whether it is a package's `__init__`.

    `relpath` is the root-relative posix path; `package_dirs` the root-relative directories that
    contain an `__init__.py`. The name climbs through enclosing packages and stops at the first
    directory that is not one, so `src/shop/orders/views.py` is `shop.orders.views`.
    """
    path = PurePosixPath(relpath)
    is_package = path.name == "__init__.py"
    parts: list[str] = [] if is_package else [path.stem]
    directory = path.parent
    while str(directory) not in (".", "") and str(directory) in package_dirs:
        parts.append(directory.name)
        directory = directory.parent
    if not parts:
        parts.append(path.parent.name or path.stem)
    return ".".join(reversed(parts)), is_package
