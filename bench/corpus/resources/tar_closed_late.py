# corpus: vulnerable REL118
import tarfile


def unpack(path, dest):
    bundle = tarfile.open(path, "r:gz")
    bundle.extractall(dest, filter="data")
    bundle.close()
