def units(order):
    return sum(line.quantity for line in order.lines.all() if line.quantity)
