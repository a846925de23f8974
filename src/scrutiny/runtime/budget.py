"""Query budgets: `@pytest.mark.scrutiny_max_queries(n)` and `scrutiny_queries.assert_max(n)`.

A budget counts the statements a test issued (all of them, or only reads with `reads_only=True`)
and fails with the list of statements and their call sites, so the failure shows what to fix.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from scrutiny.runtime.recorder import BudgetExceeded, Capture

__all__ = ["Budget", "BudgetExceeded", "budget_from_marker", "check_budget"]


@dataclass(frozen=True)
class Budget:
    limit: int
    reads_only: bool = False


def budget_from_marker(args: Sequence[Any], kwargs: Mapping[str, Any]) -> Budget:
    """`scrutiny_max_queries(10)`, `scrutiny_max_queries(n=10, reads_only=True)`."""
    raw = args[0] if args else kwargs.get("n", kwargs.get("limit"))
    if isinstance(raw, bool) or not isinstance(raw, int) or raw < 0:
        raise TypeError(
            "scrutiny_max_queries takes the number of queries allowed, a non-negative integer: "
            "@pytest.mark.scrutiny_max_queries(10)"
        )
    return Budget(raw, bool(kwargs.get("reads_only", False)))


def check_budget(capture: Capture, budget: Budget) -> None:
    capture.assert_max(budget.limit, reads_only=budget.reads_only)
