# corpus: vulnerable REL118
# A malformed row raises inside csv parsing and skips fh.close().
import csv
import gzip


def load_rates(path):
    fh = gzip.open(path, "rt", encoding="utf-8")
    rates = {row["currency"]: float(row["rate"]) for row in csv.DictReader(fh)}
    fh.close()
    return rates
