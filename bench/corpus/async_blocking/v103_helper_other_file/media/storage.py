import os

MEDIA_ROOT = os.environ.get("MEDIA_ROOT", "/var/media")


def store_upload(name, chunks):
    path = os.path.join(MEDIA_ROOT, os.path.basename(name))
    with open(path, "wb") as out:
        for chunk in chunks:
            out.write(chunk)
    return path
