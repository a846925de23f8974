# corpus: vulnerable REL109
"""`%` formatting in a debug call inside a loop: paid for even when DEBUG is off."""

import logging

log = logging.getLogger("pricing")


def price_lines(lines, rules):
    total = 0
    for line in lines:
        for rule in rules:
            line = rule.apply(line)
            log.debug("after rule %s: %r" % (rule.name, line))
        total += line.amount
    return total
