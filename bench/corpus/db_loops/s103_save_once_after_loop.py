# corpus: safe DB103
def recompute_total(order):
    total = 0
    for line in order.lines.all():
        total += line.quantity * line.unit_price
    order.total = total
    order.save(update_fields=["total"])
