"""Python's cycle collector paused for an `add`'s corpus work (`qa.build`).

An add walks every article of the previous version in Python, making and dropping records (heads, spans, offset
maps); with a loaded model's ~0.5M objects alive, each full collection the allocations trigger re-walks them all:
0.2-0.45 s of a 2.5-3 s add at 82k chunks (benchmarks/RESULTS.md, `add1m5`), growing with the corpus. The records
hold no reference cycles, so reference counting frees them as before; the collector runs again after.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """No automatic cycle collection inside the block (restored after, also on error, if it was on)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
