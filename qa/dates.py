"""When a quoted figure holds: the article's publication day, and the article's own words for the point in an
ongoing event it speaks of ("the first three weeks of the campaign", "day 382nd of the war").

Two tank counts a year apart are not sources disagreeing about one fact; shown side by side under "Sources
differ:", each needs its date, and the shipped articles have no `published_at`, only such phrases in the text.
A quote's own phrase comes first; else the nearest one before it in the article, else the article's first.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from qa.query import published_day

_EVENT = r"(?:war|invasion|conflict|campaign|fighting|siege|offensive|occupation|pandemic|crisis|strike|season)"
_UNITS = r"(?:days?|weeks?|months?|years?)"
_EVENT_WORD = re.compile(rf"\b{_EVENT}\b", re.IGNORECASE)
_AS_OF = re.compile(
    rf"\bday \d[\d,]*(?:st|nd|rd|th)? of the {_EVENT}\b"  # "day 382nd of the war"
    rf"|\bthe (?:first|last|past|opening) (?:[\w,]+ ){{0,2}}{_UNITS} of the {_EVENT}\b"  # "the first three weeks of..."
    rf"|\b[\w,]+ (?:full )?{_UNITS} (?:into|since the start of) the {_EVENT}\b",  # "three weeks into the war"
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _phrases(text: str) -> tuple[tuple[int, int, str], ...]:
    """Every such phrase of an article, found once (a cheap look for the event words first)."""
    if not _EVENT_WORD.search(text):
        return ()
    return tuple((m.start(), m.end(), m.group()) for m in _AS_OF.finditer(text))


def as_of(text: str, start: int, end: int) -> str:
    """The article's words for when `text[start:end]` holds, or "" when the article has none."""
    found = _phrases(text)
    inside = [p for a, b, p in found if start <= a and b <= end]
    before = [p for a, b, p in found if b <= start]
    after = [p for a, _, p in found if a >= end]
    return (inside or before[-1:] or after or [""])[0]


def published(metadata: Mapping[str, str]) -> str:
    """The publication day as YYYY-MM-DD (ISO 8601: no reader takes the month for the day), or ""."""
    day = published_day(metadata)
    return day.isoformat() if day else ""
