# corpus: vulnerable REL118
import json


def load_fixture(path):
    return json.loads(open(path, encoding="utf-8").read())
