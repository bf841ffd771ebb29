"""How a chunk of articles is cut into units of work for the extraction pool (``flows.extract``):
unit sizes in whole ``nlp.pipe`` batches, and the bounds of each unit, smaller at the end of a run
so that the workers finish together. Bounds only: no frames are copied here but in
``split_units``."""

from __future__ import annotations

import math

import polars as pl

UNITS_PER_WORKER = 4  # a chunk is split into about this many units per worker (load balance)


def unit_size(chunk_size: int, *, processes: int, batch_size: int) -> int:
    """Articles per unit of work: a chunk split about ``UNITS_PER_WORKER`` times per worker.

    A multiple of ``batch_size`` (whole ``nlp.pipe`` batches). The output does not depend on
    how articles are grouped into units or batches: spaCy parses each text of a batch on its
    own (checked on BBC texts parsed in order, shuffled and one by one; and the tests compare
    the tables of one process and of the pool).
    """
    share = chunk_size / (processes * UNITS_PER_WORKER)
    return batch_size * max(1, math.ceil(share / batch_size))


def unit_bounds(
    heights: list[int], size: int, *, last: int, small: int
) -> list[tuple[int, int, int]]:
    """``(chunk index, offset, length)`` of the units of chunks of ``heights`` articles: units of
    ``size`` articles, but of ``small`` ones for the ``last`` articles of all, so that the
    workers finish their last units together instead of one waiting for the other's whole unit.
    Only bounds: a chunk's rows are sliced when its units are sent (``ExtractPool.map_chunks``).
    """
    total = sum(heights)
    bounds, position = [], 0
    for i, height in enumerate(heights):
        offset = 0
        while offset < height:
            step = size if total - (position + offset) > last else small
            bounds.append((i, offset, min(step, height - offset)))
            offset += step
        position += height
    return bounds


def split_units(
    chunks: list[pl.DataFrame], size: int, *, last: int, small: int
) -> list[tuple[int, pl.DataFrame]]:
    """``(chunk index, unit)`` of ``chunks`` cut at ``unit_bounds``."""
    bounds = unit_bounds([c.height for c in chunks], size, last=last, small=small)
    return [(i, chunks[i].slice(offset, n)) for i, offset, n in bounds]
