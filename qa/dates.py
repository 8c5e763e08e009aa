"""When a quoted figure holds: the article's publication day, and the article's own words for the point in an
ongoing event it speaks of ("the first three weeks of the campaign", "day 382nd of the war").

Two tank counts a year apart are not sources disagreeing about one fact; shown side by side under "Sources
differ:", each needs its date, and the shipped articles have no `published_at`, only such phrases in the text.
A quote's own phrase comes first; else the nearest one before it in the article, else the article's first.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from qa.query import published_day

_EVENT = r"(?:war|invasion|conflict|campaign|fighting|siege|offensive|occupation|pandemic|crisis|strike|season)"
_UNITS = r"(?:days?|weeks?|months?|years?)"
_AS_OF = re.compile(
    rf"\bday \d[\d,]*(?:st|nd|rd|th)? of the {_EVENT}\b"  # "day 382nd of the war"
    rf"|\bthe (?:first|last|past|opening) (?:[\w,]+ ){{0,2}}{_UNITS} of the {_EVENT}\b"  # "the first three weeks of..."
    rf"|\b[\w,]+ (?:full )?{_UNITS} (?:into|since the start of) the {_EVENT}\b",  # "three weeks into the war"
    re.IGNORECASE,
)


def as_of(text: str, start: int, end: int) -> str:
    """The article's words for when `text[start:end]` holds, or "" when the article has none."""
    inside = _AS_OF.search(text, start, end)
    if inside:
        return inside.group()
    before = [m.group() for m in _AS_OF.finditer(text, 0, start)]
    if before:
        return before[-1]
    after = _AS_OF.search(text, end)
    return after.group() if after else ""


def published(metadata: Mapping[str, str]) -> str:
    """The publication day as YYYY-MM-DD (ISO 8601: no reader takes the month for the day), or ""."""
    day = published_day(metadata)
    return day.isoformat() if day else ""
