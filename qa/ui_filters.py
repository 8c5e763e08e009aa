"""The chat's Filters panel: a collapsible accordion with the sources to choose (from the index's articles) and
the days to publish between; every question of the chat is asked under it (`qa.filters`, inside retrieval).

The components are made unrendered for `gr.ChatInterface(additional_inputs=...)`, which draws them in the
accordion under the chat and passes their values to the turn function after the history.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qa.errors import QAError
from qa.filters import FilterArgs, source_names
from qa.retrieve import cached_index

if TYPE_CHECKING:
    import gradio as gr


def source_choices(index_dir: str | Path, model: str | None = None) -> list[str]:
    """Every source the index's articles name, once each however it is spaced or cased (its commonest spelling),
    sorted; [] when there is no index (yet)."""
    try:
        index = cached_index(index_dir, model=model)
    except QAError:
        return []
    return source_names(str(s) for s in index.article_source if s)


def filter_inputs(index_dir: str | Path, model: str | None = None) -> tuple[gr.Accordion, list[Any]]:
    """The accordion and its three inputs (sources, since, until), unrendered; each has a value (none chosen, no
    day), so an API client that sends only the question, as before the panel, still asks."""
    import gradio as gr

    sources = gr.Dropdown(choices=source_choices(index_dir, model), value=[], multiselect=True, label="Sources",
                          info="Only articles from these sources (none chosen: every source).", render=False,
                          elem_id="qa-filter-sources")
    since, until = (gr.DateTime("", include_time=False, type="string", label=label, render=False, elem_id=elem,
                                info="YYYY-MM-DD; an article with no date is left out by either day.")
                    for label, elem in (("Published since", "qa-filter-since"), ("Published until", "qa-filter-until")))
    accordion = gr.Accordion("Filters", open=False, render=False, elem_id="qa-filters")
    return accordion, [sources, since, until]


def filter_of(sources: Sequence[str] | None, since: str | None, until: str | None) -> FilterArgs:
    """The panel's values as `answer_with`'s filter arguments (checked there: a bad day is a QAError)."""
    return {"sources": list(sources or ()), "since": since or None, "until": until or None}


def refresh_sources(index_dir: str | Path, model: str | None, shown: str) -> tuple[Any, str]:
    """(new source choices, the index version they are of) when the index changed since `shown`; else a skip."""
    import gradio as gr

    try:
        version = cached_index(index_dir, model=model).version.name
    except QAError:
        return gr.skip(), shown
    if version == shown:
        return gr.skip(), shown
    return gr.update(choices=source_choices(index_dir, model)), version
