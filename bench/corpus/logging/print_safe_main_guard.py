# corpus: safe REL110
"""A module that is also a script: run with `python -m`, it prints its report."""

import json
import sys


def summarize(path):
    with open(path) as fh:
        rows = json.load(fh)
    return {"rows": len(rows), "total": sum(r["amount"] for r in rows)}


def main(argv):
    for path in argv:
        print(path, summarize(path))


if __name__ == "__main__":
    main(sys.argv[1:])
