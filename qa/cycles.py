"""Python's cycle collector paused for an `add`'s corpus work (`qa.build`).

An add walks every article of the previous version in Python, making and dropping records (heads, spans, offset
maps); with a loaded model's ~0.5M objects alive, each full collection the allocations trigger re-walks them all
(benchmarks/RESULTS.md, `add1m5`), growing with the corpus. The records hold no reference cycles, so reference
counting frees them as before. After the block, what it made joins the oldest generation in one step
(`gc.freeze` then `gc.unfreeze`) instead of being walked by the first young collection (0.3 s at 82k chunks):
the next full collection, whenever it comes, finds any cycle among them.
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
        gc.freeze()  # every tracked object to the permanent generation, young counts reset (no walk) ...
        gc.unfreeze()  # ... and back into the oldest generation
        if was_on:
            gc.enable()
