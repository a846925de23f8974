# corpus: vulnerable REL108
"""Flask: `current_app.logger.error` in a handler nested in a `with` block."""

from flask import current_app, jsonify

from .storage import StorageError, open_bucket


def download(name):
    with open_bucket() as bucket:
        try:
            blob = bucket.read(name)
        except StorageError as exc:
            current_app.logger.error("download of %s failed: %s", name, exc)
            return jsonify(error="unavailable"), 503
    return blob
