"""The Articles view and the chat's own controls in a real browser (Debian's chromium, as test_browser.py):
list and search, upload on loopback -> answered from the new article -> read it with the quote highlighted ->
remove -> no longer answered; copy gives Markdown; clearing the chat clears the side panel; a server reachable
beyond this machine with no password has a read-only Articles view; bad files in an upload (empty, binary, a zip,
a `../` name) are named and the index answers as before."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_kit import ANSWER_TIMEOUT_MS, REPO, ask, free_port, launch, patient, spawn_ui, stop, wait_ready
from test_browser import _chromium

pytestmark = pytest.mark.slow

FERRY = ("# Gozo night ferry starts in April\n\n*Malta Courier, 3 March 2024*\n\n"
         "The Gozo Channel company will run a night ferry leaving Cirkewwa at 23:40 from April, it said on Tuesday. "
         "Tickets for foot passengers cost 4.65 euros.\n")
QUESTION = "When does the Gozo night ferry leave Cirkewwa?"


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> Iterator[tuple[str, str, Path, Path]]:
    """(loopback URL, URL of a server bound to every address, corpus folder, a folder of the user's files)."""
    root = tmp_path_factory.mktemp("articles-view")
    corpus, empty, mine = root / "articles", root / "empty", root / "mine"
    shutil.copytree(REPO / "articles", corpus)
    empty.mkdir()
    mine.mkdir()
    (mine / "gozo.md").write_text(FERRY, encoding="utf-8")
    (mine / "notes.zip").write_bytes(b"PK\x03\x04 not an article")
    servers = {"127.0.0.1": corpus, "0.0.0.0": empty}  # both started at once, then waited for
    ports = {host: free_port() for host in servers}
    logs = {host: root / f"ui-{host}.log" for host in servers}
    procs = {host: spawn_ui(root / f"index-{host}", folder, logs[host], port=ports[host], host=host)
             for host, folder in servers.items()}
    urls = {host: f"http://127.0.0.1:{port}" for host, port in ports.items()}
    try:
        for host, proc in procs.items():
            wait_ready(urls[host], proc, logs[host])
        yield urls["127.0.0.1"], urls["0.0.0.0"], corpus, mine
    finally:
        for proc in procs.values():
            stop(proc)


@pytest.fixture(scope="module")
def browser(served):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = launch(p, _chromium())
        yield browser
        browser.close()


ROWS = "#qa-articles .virtual-body [role=row]"  # Gradio 6's Dataframe draws its body rows as a virtual grid


def _rows(page) -> list[str]:
    return [r.inner_text() for r in page.locator(ROWS).all()]


def _row_count(page, n: int) -> None:
    page.wait_for_function("([s, n]) => document.querySelectorAll(s).length === n", arg=[ROWS, n],
                           timeout=ANSWER_TIMEOUT_MS)


def _wait_text(page, selector: str, text: str) -> None:
    page.wait_for_function("([s, t]) => (document.querySelector(s)?.innerText || '').includes(t)",
                           arg=[selector, text], timeout=ANSWER_TIMEOUT_MS)


def test_upload_answer_read_highlighted_remove(served, browser):
    url, _, corpus, mine = served
    context = patient(browser.new_context(viewport={"width": 1400, "height": 1000}))
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=url)
    page = context.new_page()
    page.goto(url)
    page.get_by_text("Which islands does the Tsugaru Strait separate?").click()  # an example is asked on click
    page.wait_for_function(
        """() => { const b = document.querySelectorAll("#qa-chat [data-testid='bot']");
                   return b.length === 1 && /Sources/.test(b[0].innerText); }""", timeout=ANSWER_TIMEOUT_MS)
    first = page.locator("#qa-chat [data-testid='bot']").first  # the background build ran first
    assert "Honshu and Hokkaido" in first.inner_text()
    page.get_by_role("button", name="Copy answer as Markdown").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "Honshu and Hokkaido" in copied and "**Sources**" in copied and "<" not in copied  # Markdown, no HTML

    page.get_by_role("tab", name="Articles").click()
    page.locator("#qa-article-refresh").click()
    _wait_text(page, "#qa-articles", "Russian warships pass through Japan strait")
    assert len(_rows(page)) == 3
    page.locator("#qa-article-search input, #qa-article-search textarea").fill("Japan strait")
    _row_count(page, 1)
    page.locator(ROWS).first.locator("[role=gridcell]").first.click()
    _wait_text(page, "#qa-article", "words")
    assert "Honshu and Hokkaido" in page.locator("#qa-article mark").first.inner_text()  # the last answer's quote

    page.locator("#qa-article-search input, #qa-article-search textarea").fill("")
    page.locator("#qa-upload input[type=file]").set_input_files([str(mine / "gozo.md"), str(mine / "notes.zip")])
    _wait_text(page, "#qa-articles-msg", "The index now holds 4 articles")
    message = page.locator("#qa-articles-msg").inner_text()
    assert "copied 1 file(s) into the corpus folder" in message and "notes.zip: not a .txt" in message
    assert (corpus / "gozo.md").read_text(encoding="utf-8") == FERRY and not (corpus / "notes.zip").exists()
    _wait_text(page, "#qa-articles", "Gozo night ferry starts in April")

    page.get_by_role("tab", name="Chat").click()
    answer = ask(page, QUESTION)
    assert "23:40" in answer.inner_text() and "[1] Gozo night ferry starts in April" in answer.inner_text()

    page.get_by_role("tab", name="Articles").click()
    page.locator(ROWS, has_text="Gozo night ferry").locator("[role=gridcell]").first.click()
    _wait_text(page, "#qa-article", "Malta Courier")
    assert "23:40" in page.locator("#qa-article mark").first.inner_text()
    page.screenshot(path=str(REPO / "tests" / "artifacts" / "ui-articles.png"))
    page.locator("#qa-remove").click()
    _wait_text(page, "#qa-articles-msg", "Removed gozo.md")
    assert (corpus / ".removed" / "gozo.md").exists() and not (corpus / "gozo.md").exists()
    _row_count(page, 3)

    page.get_by_role("tab", name="Chat").click()
    again = ask(page, QUESTION)
    assert "23:40" not in again.inner_text()
    assert "Retrieved passages" in page.locator("#qa-passages").inner_text()
    page.locator("#qa-chat button[aria-label='Clear']").first.click()  # clearing the chat clears the panel too
    _wait_text(page, "#qa-passages", "appear here")
    context.close()


def test_new_chat_clears_the_panel_and_a_reload_keeps_the_conversation(served, browser):
    url, *_ = served
    page = patient(browser.new_page(viewport={"width": 1400, "height": 1000}))
    page.goto(url)
    question = "Who is the head of the Wagner Group?"  # not an example question
    assert "Prigozhin" in ask(page, question).inner_text()
    _wait_text(page, "#qa-passages", "Retrieved passages")
    page.get_by_role("button", name="New chat").click()  # at once: leaving a chat saves it (qa/ui_chats.py)
    _wait_text(page, "#qa-passages", "appear here")
    assert page.locator("#qa-chat [data-testid='bot']").count() == 0
    page.reload()
    saved = page.locator("table tr", has_text=question)  # the saved chats, listed under "New chat"
    saved.click(timeout=ANSWER_TIMEOUT_MS)  # the list is drawn once the page's scripts load: slow on a busy machine
    _wait_text(page, "#qa-chat", "Prigozhin")
    page.close()


def test_a_file_dropped_into_the_corpus_folder_is_noticed_and_indexed_on_request(served, browser):
    url, _, corpus, _ = served
    page = patient(browser.new_page(viewport={"width": 1400, "height": 1000}))
    page.goto(url)
    (corpus / "harbour.txt").write_text("Harbour crane toppled\n\nA harbour crane toppled into the Zorbic Sea on "
                                        "Monday, the port authority said.\n", encoding="utf-8")
    _wait_text(page, "#qa-index", "out of date: 1 new file(s)")
    page.get_by_role("button", name="Update the index from the corpus folder").click()
    _wait_text(page, "#qa-index", "4 articles")
    assert "out of date" not in page.locator("#qa-index").inner_text()
    answer = ask(page, "Where did the harbour crane topple?").inner_text()
    assert "Zorbic Sea" in answer and "[1] Harbour crane toppled" in answer
    page.close()


def test_read_only_beyond_loopback_without_a_password(served, browser):
    _, anywhere, _, _ = served
    page = patient(browser.new_page())
    page.goto(anywhere)
    page.get_by_role("tab", name="Articles").click()
    _wait_text(page, "#qa-articles-msg", "Read-only")
    assert page.locator("#qa-upload input[type=file]").count() == 0
    assert not page.locator("#qa-remove").is_visible() and not page.locator("#qa-update").is_visible()
    page.close()


def test_bad_files_uploaded_in_the_browser_are_named_and_the_index_answers_as_before(served, browser):
    url, _, corpus, _ = served
    page = patient(browser.new_page(viewport={"width": 1400, "height": 1000}))
    page.goto(url)
    before = ask(page, "Which islands does the Tsugaru Strait separate?").inner_text()
    files = sorted(p.name for p in corpus.rglob("*"))
    page.get_by_role("tab", name="Articles").click()
    page.locator("#qa-upload input[type=file]").set_input_files([
        {"name": "empty.txt", "mimeType": "text/plain", "buffer": b""},
        {"name": "photo.txt", "mimeType": "text/plain", "buffer": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16},
        {"name": "../../escape.txt", "mimeType": "text/plain",
         "buffer": b"Escape\n\nA ferry capsized near the Quorn harbour on Monday, the coast guard said.\n"},
        {"name": "notes.zip", "mimeType": "application/zip", "buffer": b"PK\x03\x04 not an article"},
    ])
    _wait_text(page, "#qa-articles-msg", "notes.zip")
    message = page.locator("#qa-articles-msg").inner_text()
    assert "empty.txt: empty file" in message and "photo.txt: binary file" in message, message
    assert "notes.zip: not a .txt, .md, .html, .json or .jsonl file" in message
    # The browser sends the name's last part only: the file lands in the corpus folder, nowhere above it.
    assert "into the corpus folder" in message and message.count("escape.txt") == 1
    assert sorted({p.name for p in corpus.rglob("*")} - set(files)) == ["escape.txt"]
    assert not (corpus.parent / "escape.txt").exists() and not (corpus.parent.parent / "escape.txt").exists()
    page.get_by_role("tab", name="Chat").click()
    assert ask(page, "Which islands does the Tsugaru Strait separate?").inner_text() == before
    page.close()


def test_a_file_over_the_size_limit_is_refused_by_name_and_the_rest_of_the_drop_added(served, browser):
    url, _, corpus, _ = served
    page = patient(browser.new_page(viewport={"width": 1400, "height": 1000}))
    page.goto(url)
    files = sorted(p.name for p in corpus.rglob("*"))
    page.get_by_role("tab", name="Articles").click()
    page.locator("#qa-upload input[type=file]").set_input_files([  # over our 10 MB, under Gradio's 200 MB
        {"name": "huge.txt", "mimeType": "text/plain", "buffer": b"word " * (11 * 2**20 // 5)},
        {"name": "crane.txt", "mimeType": "text/plain", "buffer": b"Crane\n\nA crane toppled on Monday.\n"},
    ])
    _wait_text(page, "#qa-articles-msg", "huge.txt")
    message = page.locator("#qa-articles-msg").inner_text()
    assert "huge.txt: over the 10 MB limit per file" in message and "crane.txt" in message, message
    assert sorted(p.name for p in corpus.rglob("*")) == sorted([*files, "crane.txt"])  # the good file added
    page.close()


def test_every_column_of_the_list_stays_in_view_beside_a_long_headline(served, browser):
    url, _, corpus, _ = served
    title = ("Paul Mitchell signed Tottenham and Chelsea superstars, fell out with Daniel Levy and has a tailor-made "
             "plan for Manchester United that the club's new part-owner Sir Jim Ratcliffe is said to favour")
    page = patient(browser.new_page(viewport={"width": 1400, "height": 1000}))
    page.goto(url)
    page.get_by_role("tab", name="Articles").click()
    record = {"title": title, "source": "TalkSport", "published_at": "2023-10-16",
              "body": "Paul Mitchell is the favourite to become Manchester United's director."}
    page.locator("#qa-upload input[type=file]").set_input_files([
        {"name": "mitchell.json", "mimeType": "application/json", "buffer": json.dumps(record).encode()}])
    page.wait_for_function("() => (document.querySelector('#qa-articles')?.innerText || '').includes('Ratcliffe')",
                           timeout=ANSWER_TIMEOUT_MS)  # run alone, the upload waits for the first build
    table = page.locator("#qa-articles").bounding_box()  # what is in view: a wider grid scrolls inside it
    heads = [page.locator("#qa-articles thead th").nth(i).bounding_box() for i in range(5)]
    assert all(h["x"] + h["width"] <= table["x"] + table["width"] + 1 for h in heads), (table, heads)
    page.close()
