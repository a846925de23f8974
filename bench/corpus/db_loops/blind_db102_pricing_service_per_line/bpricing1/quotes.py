# corpus: vulnerable DB102
from .services import unit_price


def quote_total(lines):
    """lines: list of dataclass rows (product_id, customer_id, product_price, qty)."""
    return sum(unit_price(line) * line.qty for line in lines)
