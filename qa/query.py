"""Query analysis: the publications and dates a question names, as hints for filtering or boosting passages.

"as reported by both The Verge and TechCrunch" names two sources; "published on October 19, 2023" names a
day. A source counts only if the corpus has it (`known_sources`, from the articles' `source` metadata), so a
question about "fortune" the word does not filter by Fortune the magazine unless it is written as a name.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from qa.filters import source_key

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_DATE = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.IGNORECASE)
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_SUFFIX = re.compile(r"\s*(?:\s-\s|\s\|\s|:\s).*$")  # "FOX News - Health" -> "FOX News"
DATE_SLACK_DAYS = 1  # a publication time in UTC can fall on the next or previous local day
# Words that say the answer rests on more than one report: "both", "compared with", "before/after ... reported".
_COMPARING = re.compile(r"\b(both|compared?\s+(?:with|to)|in\s+comparison|(?:before|after)\b.{0,120}?\breport\w*|"
                        r"between\s+the\s+(?:article|report)|articles|reports)\b", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True, slots=True)
class QueryHints:
    """What a question names: sources (as spelled in the corpus metadata) and days."""

    sources: tuple[str, ...] = ()
    dates: tuple[dt.date, ...] = ()
    compares: bool = False  # "both", "compared with", "before ... reported": it rests on more than one report
    mentions: int = 0  # places it names a publication ("a TechCrunch article ... another TechCrunch article": 2)
    named: tuple[tuple[str, ...], ...] = ()  # each name's sources: "BBC News" stands for every "BBC News - ..."

    def __bool__(self) -> bool:
        return bool(self.sources or self.dates)

    @property
    def groups(self) -> tuple[tuple[str, ...], ...]:
        """The publications named, each as the sources it stands for, in order: a name matching several sources ("BBC
        News") is one publication, and so are spellings that match alike (`qa.filters.source_key`)."""
        group_of: dict[str, int] = {}
        groups: list[list[str]] = []
        for name in self.named or tuple((s,) for s in self.sources):
            known = [group_of[source_key(s)] for s in name if source_key(s) in group_of]
            at = known[0] if known else len(groups)
            if not known:
                groups.append([])
            for s in name:
                if s not in groups[at]:
                    groups[at].append(s)
                group_of.setdefault(source_key(s), at)
        return tuple(tuple(g) for g in groups)

    @property
    def publications(self) -> tuple[str, ...]:
        """One source per publication named (`groups`), the first of each."""
        return tuple(g[0] for g in self.groups)

    @property
    def several(self) -> bool:
        """Whether the answer needs more than one article: two publications or days named, or a comparison."""
        return len(self.groups) >= 2 or self.mentions >= 2 or len(self.dates) >= 2 or self.compares


def aliases(source: str) -> tuple[str, ...]:
    """Names a question may use for `source`: the full name, and the name before a " - ", " | " or ": "."""
    full = " ".join(source.split())
    short = _SUFFIX.sub("", full)
    return (full, short) if short and short != full else (full,)


def _alias_pattern(alias: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in alias.split()]
    return re.compile(r"(?<![\w-])" + r"\s+".join(words) + r"(?![\w-])", re.IGNORECASE)


def _folded(text: str) -> str:
    """`text` casefolded so that it holds an ASCII word wherever an IGNORECASE pattern of the word matches (re also
    matches a dotless "ı" to "i"; checked over every code point in tests/test_query.py)."""
    return text.casefold().replace("ı", "i")


def _looks_like_a_name(found: str, alias: str) -> bool:
    """Words capitalized in the name are capitalized in the question, so "the age of" is not The Age."""
    return all(not a[0].isupper() or f[0].isupper() for f, a in zip(found.split(), alias.split(), strict=False))


@dataclass(frozen=True, slots=True)
class SourceMatcher:
    """Finds the corpus's publication names in a question; build once per index with `source_matcher`."""

    patterns: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...]  # longest alias first, its sources

    def find(self, question: str) -> tuple[str, ...]:
        """Sources named in `question`, in corpus spelling, sorted; a longer name masks its shorter alias."""
        return tuple(sorted({s for _, sources in self.mentions(question) for s in sources}))

    def mentions(self, question: str) -> list[tuple[int, tuple[str, ...]]]:
        """Each place `question` names a publication: (where, its sources), in order; a longer name masks its
        shorter alias. "a TechCrunch article ... another TechCrunch article" is two mentions of one source."""
        return [(start, sources) for start, _, sources in self.spans(question)]

    def spans(self, question: str) -> list[tuple[int, int, tuple[str, ...]]]:
        """Each publication name in `question` as (start, end, its sources), in order; a longer name masks its
        shorter alias, and a name capitalised in the corpus must be capitalised here ("the age of" is not The Age)."""
        taken: list[tuple[int, int, tuple[str, ...]]] = []
        folded = _folded(question)
        for pattern, alias, sources in self.patterns:
            first = alias.split()[0]
            if first.isascii() and first.casefold() not in folded:  # no match can lack its first word: skip the regex
                continue
            for m in pattern.finditer(question):
                if any(a < m.end() and m.start() < b for a, b, _ in taken) or not _looks_like_a_name(m.group(0), alias):
                    continue
                taken.append((m.start(), m.end(), sources))
        return sorted(taken)


def source_matcher(known_sources: Iterable[str]) -> SourceMatcher:
    """A matcher for these source names and their short aliases."""
    by_alias: dict[str, set[str]] = {}
    spelled: dict[str, str] = {}
    for source in sorted(set(known_sources)):
        if not source.strip():
            continue
        for alias in aliases(source):
            if len(alias) >= 3:
                by_alias.setdefault(alias.lower(), set()).add(source)
                spelled.setdefault(alias.lower(), alias)
    ordered = sorted(by_alias.items(), key=lambda kv: (-len(kv[0]), kv[0]))
    return SourceMatcher(tuple((_alias_pattern(a), spelled[a], tuple(sorted(s))) for a, s in ordered))


def find_dates(question: str) -> tuple[dt.date, ...]:
    """Days written out in `question` ("October 19, 2023", "2023-10-19"), in order, without repeats."""
    out: list[dt.date] = []
    for m in _DATE.finditer(question):
        try:
            out.append(dt.date(int(m.group(3)), _MONTHS.index(m.group(1).lower()) + 1, int(m.group(2))))
        except ValueError:
            continue
    for m in _ISO_DATE.finditer(question):
        try:
            out.append(dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            continue
    return tuple(dict.fromkeys(out))


def analyze(question: str, matcher: SourceMatcher) -> QueryHints:
    """The sources and days `question` names."""
    mentions = matcher.mentions(question)
    return QueryHints(sources=tuple(sorted({s for _, sources in mentions for s in sources})),
                      dates=find_dates(question), compares=bool(_COMPARING.search(question)), mentions=len(mentions),
                      named=tuple(dict.fromkeys(sources for _, sources in mentions)))


def published_day(metadata: Mapping[str, str]) -> dt.date | None:
    """The day of `metadata["published_at"]` (ISO 8601 or "YYYY-MM-DD ..."), or None."""
    m = _ISO_DATE.search(metadata.get("published_at", ""))
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def source_match(hints: QueryHints, metadata: Mapping[str, str]) -> bool:
    """True when the article's source is one the question names."""
    return bool(hints.sources) and metadata.get("source", "") in hints.sources


def date_match(hints: QueryHints, metadata: Mapping[str, str]) -> bool:
    """True when the article was published within a day of a day the question names."""
    day = published_day(metadata)
    return day is not None and any(abs((day - d).days) <= DATE_SLACK_DAYS for d in hints.dates)
