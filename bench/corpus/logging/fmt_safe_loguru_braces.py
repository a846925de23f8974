# corpus: safe REL109
"""loguru's `{}` placeholders are formatted lazily."""

from loguru import logger


def resize(image, width):
    logger.debug("resizing {} to {}px", image.name, width)
    return image.resize(width)
