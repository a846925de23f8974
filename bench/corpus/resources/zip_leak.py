# corpus: vulnerable REL118
import zipfile


def list_members(path):
    archive = zipfile.ZipFile(path)
    return [info.filename for info in archive.infolist()]
