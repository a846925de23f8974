# corpus: safe DB103
from pathlib import Path

from PIL import Image

SIZES = {"thumb": (128, 128), "card": (480, 320)}


def make_variants(source: Path, sizes: dict[str, tuple[int, int]]) -> None:
    for name, size in sizes.items():
        image = Image.open(source)
        image.thumbnail(size)
        image.save(source.with_name(f"{source.stem}-{name}.jpg"), "JPEG", quality=85)
