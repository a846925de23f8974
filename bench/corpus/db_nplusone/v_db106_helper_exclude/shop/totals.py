def units(order):
    return sum(line.quantity for line in order.lines.exclude(quantity=0))
