# corpus: vulnerable REL118
import csv


def export(rows, path):
    out = open(path, "w", newline="")
    writer = csv.writer(out)
    for row in rows:
        writer.writerow(row)
    out.close()
