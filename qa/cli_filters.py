"""The command line's filter flags (`--source`, `--since`, `--until` on `ask`, `search` and `chat`), kept apart
from the parser's layout so any command can take them with one call (`qa.filters` does the filtering)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from qa.filters import FilterArgs
    from qa.records import Passage
    from qa.retrieve import Index


def add_filter_arguments(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """`--source` (repeatable), `--since`, `--until`: restrict a question to those articles (`qa.filters`)."""
    p.add_argument("--source", action="append", default=[], metavar="NAME",
                   help="only articles from this source (as `qa-index list` shows it; repeat for several)")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="only articles published on or after this day")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="only articles published on or before this day "
                                                          "(an article with no date is outside any date range)")
    return p


def filter_args(args: argparse.Namespace) -> FilterArgs:
    """The filter flags as `qa.answer`'s keyword arguments; a bad date is a QAError naming the flag and the fix
    (call it before loading the index, so that error comes first)."""
    from qa.filters import make_filter, parse_day

    where: FilterArgs = {"sources": args.source, "since": parse_day(args.since, "--since"),
                         "until": parse_day(args.until, "--until")}
    make_filter(**where)  # since after until: refused here too
    return where


def passages_report(index: Index, query: str, passages: list[Passage], where: FilterArgs) -> str:
    """`qa-index search`'s output: "Filtered: ..." first when a filter is on, "Searched for: ..." when a misspelt
    word was searched as the articles' own (as an answer says it), then the passages, or that the filter excluded
    every article."""
    from qa.filters import make_filter
    from qa.messages import FILTERED_OUT
    from qa.present import FILTERED, filter_text, passages_text, printable, searched
    from qa.records import Answer

    chosen = make_filter(**where)
    corrections = index.question(query, read=False).corrections
    heads = [printable(f"{FILTERED} {filter_text(chosen)}") if chosen else "",
             searched(Answer(question=query, corrections=corrections), printable, printable)]
    mask = index.mask(chosen) if chosen else None
    body = FILTERED_OUT if mask is not None and not mask.any() else passages_text(passages)
    return "\n\n".join([*(h for h in heads if h), body])
