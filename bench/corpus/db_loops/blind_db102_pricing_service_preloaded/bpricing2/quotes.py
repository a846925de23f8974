# corpus: safe DB102
from .services import overrides_for, unit_price


def quote_total(lines):
    """lines: list of dataclass rows (product_id, customer_id, product_price, qty)."""
    overrides = overrides_for(lines)
    return sum(unit_price(line, overrides) * line.qty for line in lines)
