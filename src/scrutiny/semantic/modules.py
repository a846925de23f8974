"""Dotted module names for files, found from the package layout on disk (never by importing)."""

from __future__ import annotations


def module_name(relpath: str, package_dirs: frozenset[str]) -> tuple[str, bool]:
    """The module name of a file and whether it is a package's `__init__`.

    `relpath` is the root-relative posix path; `package_dirs` the root-relative directories that
    contain an `__init__.py`. The name climbs through enclosing packages and stops at the first
    directory that is not one, so `src/shop/orders/views.py` is `shop.orders.views`.
    """
    directory, _, filename = relpath.rpartition("/")
    is_package = filename == "__init__.py"
    stem = filename.rsplit(".", 1)[0]
    parts: list[str] = [] if is_package else [stem]
    while directory and directory in package_dirs:
        directory, _, name = directory.rpartition("/")
        parts.append(name)
    if not parts:
        parts.append(directory.rpartition("/")[2] or stem)
    return ".".join(reversed(parts)), is_package
