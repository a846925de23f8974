# corpus: safe REL118
import json


def load_fixture(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)
