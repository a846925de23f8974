# corpus: safe REL118
import csv


def export(rows, path):
    out = open(path, "w", newline="")
    try:
        writer = csv.writer(out)
        writer.writerows(rows)
    finally:
        out.close()
