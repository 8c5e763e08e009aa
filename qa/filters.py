"""What a question may be restricted to: articles from chosen sources, published within a date range.

The filter is applied inside retrieval (`Index.chunk_mask`, before BM25's and FAISS's top-k), so `k` passages
are found among the articles it keeps, never `k` found first and then thinned. Sources match the articles'
`source` metadata ignoring case; dates are days (YYYY-MM-DD), both bounds inclusive. An article with no
publication day (`published_at`) is excluded by either date bound: its date cannot be shown to be inside.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypedDict

from qa.errors import QuestionError

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
DayLike = dt.date | str | None


class FilterArgs(TypedDict, total=False):
    """The filter as keyword arguments of `qa.retrieve`, `qa.answer`, `Index.retrieve` and `answer_with`."""

    sources: str | Iterable[str]
    since: DayLike
    until: DayLike


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    """Sources (as the user gave them; none = every source) and an inclusive date range (None = open)."""

    sources: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None

    def __bool__(self) -> bool:
        return bool(self.sources) or self.since is not None or self.until is not None


def source_key(name: str) -> str:
    """`name` as sources are matched: case ignored, runs of spaces one space ("The  Verge" is "the verge")."""
    return " ".join(name.split()).casefold()


def source_names(sources: Iterable[str]) -> list[str]:
    """Each source once, sorted: of the spellings that match alike (`source_key`), the commonest in `sources`
    (the first seen on a tie), so a list to pick from has one entry per publication and a pick keeps every spelling."""
    counts = Counter(str(s) for s in sources if str(s).strip())
    best: dict[str, str] = {}
    for name, n in counts.items():  # insertion order: first seen wins a tie
        key = source_key(name)
        if key not in best or n > counts[best[key]]:
            best[key] = name
    return sorted(best.values(), key=source_key)


def parse_day(value: DayLike, name: str = "date") -> dt.date | None:
    """`value` as a day: a `date` (a `datetime`'s day), "YYYY-MM-DD", or None/"" for no bound.

    Raises:
        QuestionError: anything else, naming `name` and the format to use.
    """
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    text = str(value).strip()
    if not text:
        return None
    try:
        if _DAY.fullmatch(text):
            return dt.date.fromisoformat(text)
    except ValueError:
        pass
    raise QuestionError(f"{name} {text!r} is not a date: write it as YYYY-MM-DD, e.g. 2023-10-19")


def make_filter(sources: str | Iterable[str] | None = (), since: DayLike = None, until: DayLike = None
                ) -> ArticleFilter:
    """A checked filter: `sources` a name or names (blank ones dropped, repeats once), the days parsed.

    Raises:
        QuestionError: a bound that is not a date, or `since` after `until`.
    """
    names = [sources] if isinstance(sources, str) else list(sources or ())
    kept = tuple(dict.fromkeys(" ".join(str(s).split()) for s in names if str(s).strip()))
    start, end = parse_day(since, "since"), parse_day(until, "until")
    if start is not None and end is not None and start > end:
        raise QuestionError(f"since {start.isoformat()} is after until {end.isoformat()}: swap them")
    return ArticleFilter(kept, start, end)
