# corpus: safe REL118
import tempfile


def spool(chunks):
    tmp = tempfile.NamedTemporaryFile(suffix=".csv")
    for chunk in chunks:
        tmp.write(chunk)
    tmp.seek(0)
    return tmp
