# corpus: safe REL103
try:
    import orjson as json_impl
except Exception:
    json_impl = None


def dumps(value):
    if json_impl is None:
        import json

        return json.dumps(value)
    return json_impl.dumps(value).decode()
