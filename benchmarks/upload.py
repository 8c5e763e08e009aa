"""Upload of 20 articles through the web UI's upload path, seconds end to end (issue 14).

Each run copies the shipped articles and their index (default: the prebuilt /tmp/qa-bench-final/answer-shipped,
else built once) into the work folder, loads that index as the running UI has it (model warm), then hands 20
MultiHop-RAG articles, one `.json` file each with their source and date, to `qa.ui_articles.add_files`: the
function the Articles tab's upload calls (check, copy into the corpus folder, incremental index, message). The
clock stops when the index answers: the first question after the upload (which reloads the new version) is
timed too, and every uploaded article must come back first for its own title.

    .venv/bin/python benchmarks/upload.py [DATA] [--work DIR] [--runs 3] [--n 20] [--browser]

With --browser the files are dropped on the Articles tab of a served `ui.py` in headless chromium (Gradio's HTTP
upload included), timed to the tab's "Added." message and then to the chat's answer.
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import time
from pathlib import Path

from common import REPO, load_average, machine, parser, require, table, write_results

sys.path.insert(0, str(REPO / "tests"))  # browser_kit: the browser tests' helpers

SHIPPED = Path("/tmp/qa-bench-final/answer-shipped")
WAIT_MS = 600_000  # a browser step's limit: the upload of 20 articles under load


def _shipped_index(work: Path, articles: Path) -> Path:
    """The shipped articles' index: the prebuilt one when its corpus is these articles, else built once."""
    if (SHIPPED / "CURRENT").is_file():
        return SHIPPED
    from qa.build import build_index

    built = work / "shipped-index"
    if not (built / "CURRENT").is_file():
        build_index(articles, built)
    return built


def _fresh_copy(index: Path, articles: Path, run_dir: Path) -> tuple[Path, Path]:
    """(corpus, index) copies whose manifest names the copied corpus (an add never touches the originals)."""
    shutil.rmtree(run_dir, ignore_errors=True)
    corpus, index_dir = run_dir / "articles", run_dir / "index"
    shutil.copytree(articles, corpus)  # copy2 keeps mtimes: the copy's fingerprint matches, the index is current
    shutil.copytree(index, index_dir)
    for path in index_dir.glob("v-*/manifest.json"):
        manifest = json.loads(path.read_text())
        manifest["corpus"].update(source=str(corpus.resolve()), folder=str(corpus.resolve()))
        path.write_text(json.dumps(manifest))
    return corpus, index_dir


def _upload_files(records: list[dict], folder: Path) -> list[Path]:
    """One `.json` file per article (a one-record array), as a user would drop them in the browser."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, r in enumerate(records):
        path = folder / f"multihop_{i:02d}.json"
        keep = {k: r[k] for k in ("title", "source", "published_at", "url", "author", "body") if r.get(k)}
        path.write_text(json.dumps([keep], ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    return paths


def run_once(index: Path, articles: Path, records: list[dict], run_dir: Path) -> dict:
    from qa import ui_articles
    from qa.answer import answer_with
    from qa.retrieve import cached_index

    corpus, index_dir = _fresh_copy(index, articles, run_dir)
    files = _upload_files(records, run_dir / "upload")
    answer_with(cached_index(index_dir), "Which islands does the Tsugaru Strait separate?")  # a running UI: warm
    t0 = time.perf_counter()
    message = ui_articles.add_files(files, index_dir)
    t1 = time.perf_counter()
    first = answer_with(cached_index(index_dir), f"What does the article say about {records[0]['title']}?")
    t2 = time.perf_counter()
    index_ = cached_index(index_dir)
    found = sum(1 for r in records if (hits := index_.retrieve(r["title"], 1)) and hits[0].title == r["title"])
    copied = len([p for p in corpus.iterdir() if p.suffix == ".json"])
    assert message.startswith("**Added.**"), message
    return {"upload_s": round(t1 - t0, 2), "first_answer_s": round(t2 - t1, 2), "end_to_end_s": round(t2 - t0, 2),
            "articles_after": len(index_.articles), "copied": copied, "found_first_by_title": found,
            "first_answer_cites_upload": any(q.title == records[0]["title"] for q in first.quotes)}


def run_browser(index: Path, articles: Path, records: list[dict], run_dir: Path, port: int) -> dict:
    """The same upload, dropped on the Articles tab of a served `ui.py` in headless chromium: the clock runs from
    handing the browser the files to the tab's "Added." message, then to the chat's answer on the new index."""
    from browser_kit import ask, launch, start_ui, stop
    from playwright.sync_api import sync_playwright

    from qa.store import index_info

    corpus, index_dir = _fresh_copy(index, articles, run_dir)
    files = _upload_files(records, run_dir / "upload")
    url, proc = start_ui(index_dir, corpus, run_dir / "ui.log", port=port)
    try:
        with sync_playwright() as pw:
            browser = launch(pw)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(url)
            ask(page, "Which islands does the Tsugaru Strait separate?", WAIT_MS)  # warm, as a used UI is
            page.get_by_role("tab", name="Articles").click()
            t0 = time.perf_counter()
            page.locator("#qa-upload input[type=file]").set_input_files([str(f) for f in files])
            page.wait_for_function("() => (document.querySelector('#qa-articles-msg')?.innerText || '')"
                                   ".includes('The index now holds')", timeout=600_000)
            t1 = time.perf_counter()
            page.get_by_role("tab", name="Chat").click()
            answer = ask(page, f"What does the article say about {records[0]['title']}?", WAIT_MS).inner_text()
            t2 = time.perf_counter()
            browser.close()
    finally:
        stop(proc)
    return {"upload_s": round(t1 - t0, 2), "first_answer_s": round(t2 - t1, 2), "end_to_end_s": round(t2 - t0, 2),
            "copied": len([p for p in corpus.iterdir() if p.suffix == ".json"]),
            "articles_after": index_info(index_dir, verify=False).n_articles, "found_first_by_title": "-",
            "first_answer_cites_upload": records[0]["title"] in answer}


def main() -> None:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--n", type=int, default=20, help="articles per upload (default 20)")
    p.add_argument("--browser", action="store_true", help="drop the files on a served ui.py in chromium instead")
    p.add_argument("--port", type=int, default=7877, help="ui.py's port with --browser")
    args = p.parse_args()
    started = machine()
    corpus = json.loads(require(args.data / "multihop-rag" / "corpus.json", "MultiHop-RAG corpus").read_text())
    records = [r for r in corpus if len(r.get("body", "")) > 2000][:args.n]  # real articles, not deal lists
    work = args.work / "upload"
    work.mkdir(parents=True, exist_ok=True)
    articles = REPO / "articles"
    index = _shipped_index(work, articles)
    if args.browser:
        runs = [run_browser(index, articles, records, work / f"browser{i}", args.port) for i in range(args.runs)]
    else:
        runs = [run_once(index, articles, records, work / f"run{i}") for i in range(args.runs)]
    words = sum(len(r["body"].split()) for r in records)
    median = {k: statistics.median(r[k] for r in runs) for k in ("upload_s", "first_answer_s", "end_to_end_s")}
    print(table(["run", "upload s", "first answer s", "end to end s", "articles after", "found by title",
                 "answer cites it"],
                [[i, r["upload_s"], r["first_answer_s"], r["end_to_end_s"], r["articles_after"],
                  f"{r['found_first_by_title']}/{args.n}", r["first_answer_cites_upload"]]
                 for i, r in enumerate(runs)]))
    print(f"median: {median}; {args.n} articles, {words:,} words; load {load_average()}")
    write_results("upload-browser" if args.browser else "upload",
                  {"n": args.n, "words": words, "runs": runs, "median": median,
                   "load_at_end": [round(x, 2) for x in load_average()]}, started)


if __name__ == "__main__":
    main()
