"""The shapes memoized per SQL text, and kept between runs by the shape store."""

from __future__ import annotations

from pathlib import Path

from scrutiny.runtime.fingerprint import Fingerprinter
from scrutiny.runtime.shape_store import ShapeStore


def test_fingerprinter_memoizes_per_text() -> None:
    fingerprinter = Fingerprinter(limit=2)
    first = fingerprinter.shape("SELECT 1")
    assert fingerprinter.shape("SELECT 1") is first
    assert fingerprinter.parsed == 1
    fingerprinter.shape("SELECT 2")
    fingerprinter.shape("SELECT 3")  # over the limit: the cache starts again
    assert fingerprinter.shape("SELECT 1") == first
    assert fingerprinter.parsed == 4  # read again once forgotten


def test_shapes_stored_by_one_run_are_known_to_the_next(tmp_path: Path) -> None:
    store = ShapeStore(tmp_path)
    first = Fingerprinter()
    shape = first.shape("SELECT * FROM t WHERE id IN (1, 2)")
    store.save(first)
    second = Fingerprinter()
    store.fill(second)
    assert second.shape("SELECT * FROM t WHERE id IN (1, 2)") == shape
    assert second.parsed == 0  # known, not parsed again


def test_a_corrupt_store_is_empty_and_a_run_that_parsed_nothing_writes_nothing(
    tmp_path: Path,
) -> None:
    store = ShapeStore(tmp_path)
    store.save(Fingerprinter())
    assert not store.path.exists()
    store.path.write_bytes(b"not a pickle")
    assert store.load() == {}


def test_the_store_keeps_the_newest_texts_and_leaves_room_for_new_ones(tmp_path: Path) -> None:
    store = ShapeStore(tmp_path, limit=2)
    first = Fingerprinter()
    for number in range(3):
        first.shape(f"SELECT {number}")
    store.save(first)
    assert list(store.load()) == ["SELECT 1", "SELECT 2"]  # over its limit: the oldest went
    second = Fingerprinter(limit=3)
    store.fill(second)
    second.shape("SELECT 9")  # a new text fits beside the stored ones: nothing is forgotten
    second.shape("SELECT 1")
    assert len(second) == 3 and second.parsed == 1
    store.save(second)
    assert list(store.load()) == ["SELECT 2", "SELECT 9"]  # the text this run read, kept
