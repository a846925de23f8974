# corpus: safe REL108
"""The error is logged, then wrapped with `from`: the chain keeps the original traceback."""

import logging

from .storage import StorageError, upload

logger = logging.getLogger(__name__)


class AttachmentUploadFailed(Exception):
    pass


def attach(document, blob):
    try:
        key = upload(blob)
    except StorageError as err:
        logger.error("upload of %s failed", document.pk)
        raise AttachmentUploadFailed(document.pk) from err
    document.storage_key = key
