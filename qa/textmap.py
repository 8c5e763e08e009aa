"""Text edits that keep an exact map from the edited text back to the raw text (`records.OffsetMap`).

Every cleaning step is a list of `(start, end, replacement)` edits over the current text; `apply_edits`
applies them and composes the map, so after any number of passes `raw[omap.to_raw_span(s, e)]` is exactly
the raw text that `text[s:e]` came from. Untouched characters map one to one. A replacement maps to the raw
span of what it replaced; positions inside it map to that span's start.

`OffsetMap` reads a segment whose clean and raw lengths are equal as copied, position by position. So a
replacement that is not positional but has equal lengths (two characters replacing two raw characters
jointly, say) is stored as one single-character segment per clean character, each pointing at the whole
raw span (raw spans may then overlap; they never go backwards). An insertion maps to an empty raw span, except
inside a replacement ("ﬁ" -> "fi", then "f-i"), where it maps to that replacement's raw span.
"""

from __future__ import annotations

from collections.abc import Iterable

from qa.records import OffsetMap

Edit = tuple[int, int, str]


class _Builder:
    """Accumulates segments, merging adjacent positional runs that are contiguous in raw text."""

    def __init__(self) -> None:
        self.clean_starts: list[int] = []
        self.raw_starts: list[int] = []
        self.raw_ends: list[int] = []
        self.pos = 0
        self._last_positional = False

    def copy(self, n: int, raw_start: int) -> None:
        """`n` characters copied one to one from `raw[raw_start:raw_start + n]`."""
        if n <= 0:
            return
        if self._last_positional and self.raw_ends[-1] == raw_start:
            self.raw_ends[-1] += n
        else:
            self._push(raw_start, raw_start + n, positional=True)
        self.pos += n

    def replace(self, n: int, raw_start: int, raw_end: int) -> None:
        """`n` characters that came jointly from `raw[raw_start:raw_end]`."""
        if n <= 0:
            return
        width = raw_end - raw_start
        if n == width == 1:
            self.copy(1, raw_start)
            return
        if n == width:  # would read as copied: store one joint segment per character instead
            for _ in range(n):
                self._push(raw_start, raw_end, positional=False)
                self.pos += 1
            return
        self._push(raw_start, raw_end, positional=False)
        self.pos += n

    def _push(self, raw_start: int, raw_end: int, *, positional: bool) -> None:
        self.clean_starts.append(self.pos)
        self.raw_starts.append(raw_start)
        self.raw_ends.append(raw_end)
        self._last_positional = positional

    def build(self, raw_len: int) -> OffsetMap:
        return OffsetMap(tuple(self.clean_starts), tuple(self.raw_starts), tuple(self.raw_ends),
                         self.pos, raw_len)


def identity(raw: str) -> tuple[str, OffsetMap]:
    """The raw text itself, with the map that sends every position to itself."""
    builder = _Builder()
    builder.copy(len(raw), 0)
    return raw, builder.build(len(raw))


def _segments(omap: OffsetMap) -> list[tuple[int, int, int, int]]:
    """The map as (clean_start, clean_end, raw_start, raw_end) tuples."""
    if not omap.clean_starts:
        return []
    ends = omap.clean_starts[1:] + (omap.clean_len,)
    return list(zip(omap.clean_starts, ends, omap.raw_starts, omap.raw_ends, strict=True))


def _copy_range(builder: _Builder, segs: list[tuple[int, int, int, int]], i: int, a: int, b: int) -> int:
    """Append the map of unchanged text [a, b) starting at segment i; return the segment index reached."""
    while i < len(segs) and a < b:
        cs, ce, rs, re_ = segs[i]
        if ce <= a:
            i += 1
            continue
        lo, hi = max(cs, a), min(ce, b)
        if ce - cs == re_ - rs:
            builder.copy(hi - lo, rs + lo - cs)
        else:
            builder.replace(hi - lo, rs, re_)
        if ce > b:
            break
        i += 1
    return i


def _replaced_span(omap: OffsetMap, start: int, end: int) -> tuple[int, int]:
    """Raw span that an edit of [start, end) replaces; an insertion inside a replacement gets its span."""
    if start < end:
        return omap.to_raw_span(start, end)
    after = omap.to_raw(start)
    before = omap.to_raw_span(start - 1, start)[1] if start > 0 else after
    return after, max(after, before)  # keeps raw ends non-decreasing, which to_raw_span relies on


def _checked(text: str, omap: OffsetMap, edits: Iterable[Edit]) -> list[Edit]:
    if len(text) != omap.clean_len:
        raise ValueError(f"text length {len(text)} does not match the map's clean length {omap.clean_len}")
    ordered = sorted(edits, key=lambda e: (e[0], e[1]))
    prev_end = 0
    for start, end, _ in ordered:
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"edit span ({start}, {end}) outside text of length {len(text)}")
        if start < prev_end:
            raise ValueError(f"edit span ({start}, {end}) overlaps the previous edit ending at {prev_end}")
        prev_end = end
    return ordered


def apply_edits(text: str, omap: OffsetMap, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
    """Replace non-overlapping spans `text[start:end]` (deletion: replacement "") and compose the map: `omap` maps
    `text` to the raw text, the returned map the new text to it. ValueError on spans out of range or overlapping."""
    ordered = _checked(text, omap, edits)
    if not ordered:
        return text, omap
    segs = _segments(omap)
    builder = _Builder()
    parts: list[str] = []
    pos = seg = 0
    for start, end, replacement in ordered:
        parts.append(text[pos:start])
        seg = _copy_range(builder, segs, seg, pos, start)
        if replacement:
            builder.replace(len(replacement), *_replaced_span(omap, start, end))
            parts.append(replacement)
        pos = end
    parts.append(text[pos:])
    _copy_range(builder, segs, seg, pos, len(text))
    return "".join(parts), builder.build(omap.raw_len)
