"""End to end in a real browser: Debian's chromium driven by Playwright against `ui.py` on a free loopback port.

The corpus is a copy of articles/ plus hostile articles (script tags, event handlers, javascript: links,
iframes, in the body and in the title and metadata); ui.py starts with no index and builds it in the
background, so the "building" state is exercised too. Screenshots are saved to tests/artifacts/: ui-answer.png
(the first answer, its citation open) and ui.png (the whole page after the hostile articles' answers).
"""

from __future__ import annotations

import json
import os
import shutil
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_kit import ANSWER_TIMEOUT_MS, CHROMIUM, REPO, ask, launch, patient, start_ui, stop

pytestmark = pytest.mark.slow

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
PAYLOAD = "<script>window.__pwned=1</script>"
HOSTILE_TXT = f"""Zorblax ferry {PAYLOAD} headline <img src=x onerror="window.__pwned=1">

The Zorblax ferry company carries 4,321 passengers {PAYLOAD} across the bay every week, its owner said.

Passengers can book online <img src=x onerror="window.__pwned=1"> or read more [click](javascript:window.__pwned=1) \
at the harbour office.

The harbour office <iframe src="javascript:window.__pwned=1"></iframe> opens at nine and closes at five.

Zorblax season tickets are sold by e-mail at bookings@zorblax-ferries.example and online at \
https://zorblax-ferries.example/tickets or www.zorblax-ferries.example/season <https://evil.example/autolink> \
![map](https://evil.example/map.png).
"""
LINKS = ("bookings@zorblax-ferries.example", "https://zorblax-ferries.example/tickets",
         "www.zorblax-ferries.example/season", "<https://evil.example/autolink>", "![map](https://evil.example/map.png)")
HOSTILE_JSON = {
    "title": 'Quibbleton <img src=x onerror="window.__pwned=1"> lighthouse',
    "source": f"{PAYLOAD}Evil Source",
    "url": "javascript:window.__pwned=1",
    "published_at": "2023-03-01",
    "text": "The Quibbleton lighthouse was painted bright purple in 1987 by the keeper Mortimer Vale. "
            "Visitors climb its 212 steps every summer.",
}


def _chromium() -> str:
    if Path(CHROMIUM).exists():
        return CHROMIUM
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but {CHROMIUM} is missing: .ci/run installs it with `apt-get install chromium`")
    pytest.skip(f"no browser at {CHROMIUM}: `apt-get install chromium` (Debian's package) to run this test")


@pytest.fixture(scope="module")
def app(tmp_path_factory) -> Iterator[str]:
    """ui.py serving a fresh (unbuilt) index of articles/ plus the hostile articles; yields its URL."""
    root = tmp_path_factory.mktemp("browser")
    corpus = root / "articles"
    shutil.copytree(REPO / "articles", corpus)
    (corpus / "zz_hostile.txt").write_text(HOSTILE_TXT, encoding="utf-8")
    (corpus / "zz_meta.json").write_text(json.dumps(HOSTILE_JSON), encoding="utf-8")
    url, proc = start_ui(root / "index", corpus, root / "ui.log")
    try:
        yield url
    finally:
        stop(proc)


@pytest.fixture(scope="module")
def page(app):
    from playwright.sync_api import sync_playwright

    executable = _chromium()
    with sync_playwright() as p:
        browser = launch(p, executable)
        page = patient(browser.new_page(viewport={"width": 1400, "height": 1000}))
        page.goto(app)
        yield page
        browser.close()


def test_ask_open_a_citation_follow_up_and_stay_inert(page):
    page.wait_for_function("() => document.activeElement?.closest('#qa-input') != null",
                           timeout=ANSWER_TIMEOUT_MS)  # the question box is focused on load: type at once
    answer = ask(page, "Which islands does the Tsugaru Strait separate?")
    text = answer.inner_text()
    assert "Honshu and Hokkaido" in text and "[1]" in text
    citation = answer.locator("details.qa-cite").first
    citation.locator("summary").click()
    assert citation.get_attribute("open") is not None
    assert "Honshu and Hokkaido" in citation.locator("mark").inner_text()
    assert "characters" in citation.inner_text()
    ranks = page.locator("#qa-passages .qa-ranks span").first  # ranks in words, the numbers on hover
    assert ranks.inner_text().startswith("matched words: #") and "matched meaning: " in ranks.inner_text()
    assert ranks.get_attribute("title").startswith("BM25 rank ") and "fused by reciprocal rank" in ranks.get_attribute(
        "title")
    assert "5 articles" in page.locator("#qa-index").inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "ui-answer.png"))  # the first answer, its citation open

    ask(page, "What are Switchblade drones?")
    follow_up = ask(page, "How long can they loiter?")
    assert "40 minutes" in follow_up.inner_text()
    supplied = ask(page, "Who has supplied anti-tank weapons to Ukraine?")
    assert "NATO allies" in supplied.inner_text()
    more = ask(page, "And who else has?")  # the chat's own history: what it quoted is left out
    assert "Western nations" in more.inner_text() and "NATO allies" not in more.inner_text()

    ferry = ask(page, "How many passengers does the Zorblax ferry company carry every week?")
    ferry.locator("details.qa-cite summary").first.click()
    assert "4,321" in ferry.locator("mark").first.inner_text()
    ferry_text = ferry.inner_text()
    assert PAYLOAD in ferry_text and "[click](javascript:window.__pwned=1)" in ferry_text
    tickets = ask(page, "Where are Zorblax season tickets sold?")
    tickets.locator("details.qa-cite summary").first.click()
    shown = tickets.inner_text()
    assert all(link in shown for link in LINKS), shown  # shown as text, in the quote and in its citation
    for region in (tickets, page.locator("#qa-passages")):
        for summary in region.locator("details summary").all():
            summary.click()
        assert region.locator("a, img, [href], [src]").count() == 0, region.inner_html()[:3000]
    assert all(link in page.locator("#qa-passages").inner_text() for link in LINKS[:3])
    lighthouse = ask(page, "What colour was the Quibbleton lighthouse painted?")
    lighthouse.locator("details.qa-cite summary").first.click()
    shown = lighthouse.inner_text()
    assert f"{PAYLOAD}Evil Source" in shown and 'Quibbleton <img src=x onerror="window.__pwned=1"> lighthouse' in shown
    assert "url javascript:window.__pwned=1" in shown
    for summary in page.locator("#qa-passages details summary").all():
        summary.click()

    assert page.evaluate("typeof window.__pwned") == "undefined"
    for region in ("#qa-chat", "#qa-passages", "#qa-index"):
        for selector in ("script", "iframe", "img", "a[href^='javascript']", "[onerror]", "[onclick]"):
            assert page.locator(f"{region} {selector}").count() == 0, f"{selector} rendered in {region}"
    lighthouse.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "ui.png"), full_page=True)


def test_serves_no_files_from_disk(app):
    for path in (REPO / "README.md", REPO / "articles" / "001_f654224a43d1d56f.txt", Path("/etc/passwd")):
        for prefix in ("/gradio_api/file=", "/file="):
            try:
                with urllib.request.urlopen(f"{app}{prefix}{path}", timeout=5) as r:
                    body = r.read()
                    assert r.status != 200 or path.read_bytes()[:200] not in body, f"{prefix}{path} was served"
            except urllib.error.HTTPError as e:
                assert e.code in (403, 404), f"{prefix}{path}: HTTP {e.code}"
