# corpus: safe REL118
from contextlib import ExitStack


def merge_logs(paths, destination):
    with ExitStack() as stack:
        sources = [stack.enter_context(open(path, encoding="utf-8")) for path in paths]
        out = stack.enter_context(open(destination, "w", encoding="utf-8"))
        for source in sources:
            out.writelines(source)
