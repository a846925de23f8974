import pickle
import zlib


def restore(blob: bytes) -> object:
    return pickle.loads(zlib.decompress(blob))
