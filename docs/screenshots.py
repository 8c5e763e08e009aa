"""Take the README's screenshots (docs/chat.png, docs/articles.png): ui.py on a scratch copy of articles/ plus
one article with a source and date, driven by Playwright in Debian's chromium, as the browser tests are.

    .venv/bin/python docs/screenshots.py [--work /tmp/qa-screenshots]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

from PIL import Image

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))  # browser_kit: the browser tests' helpers
from browser_kit import ask, launch, start_ui, stop  # noqa: E402

FERRY = {"title": "Gozo night ferry starts in April", "source": "Malta Courier", "published_at": "2024-03-03",
         "body": "The Gozo Channel company will run a night ferry leaving Cirkewwa at 23:40 from April, it said on "
                 "Tuesday. Tickets for foot passengers cost 4.65 euros. The crossing takes 25 minutes."}
VIEW = {"width": 1280, "height": 820}


def _serve(work: Path, port: int) -> tuple[str, subprocess.Popen]:
    """ui.py on a scratch copy of articles/ plus the Gozo ferry article (built at start)."""
    shutil.rmtree(work, ignore_errors=True)
    corpus = work / "articles"
    shutil.copytree(REPO / "articles", corpus)
    (corpus / "gozo-ferry.json").write_text(json.dumps(FERRY), encoding="utf-8")
    return start_ui(work / "index", corpus, work.parent / f"{work.name}-ui.log", port=port)


def _small(path: Path) -> None:
    """256 colours: the UI's flat colours survive, the file shrinks to about a third."""
    Image.open(path).convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)


def main() -> None:
    """Serve, ask, open the citation and the article, save both screenshots, shrink them."""
    from playwright.sync_api import sync_playwright

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--work", type=Path, default=Path("/tmp/qa-screenshots"))
    p.add_argument("--port", type=int, default=7869)
    args = p.parse_args()
    url, proc = _serve(args.work, args.port)
    try:
        with sync_playwright() as pw:
            browser = launch(pw)
            page = browser.new_page(viewport=VIEW)
            page.goto(url)
            answer = ask(page, "When does the Gozo night ferry leave Cirkewwa?", timeout_ms=180_000)
            answer.locator("details.qa-cite summary").first.click()
            page.locator("#qa-passages details summary").first.click()
            page.screenshot(path=str(REPO / "docs" / "chat.png"))
            page.get_by_role("tab", name="Articles").click()
            page.locator("#qa-article-refresh").click()
            rows = page.locator("#qa-articles .virtual-body [role=row]", has_text="Gozo night ferry")
            rows.first.wait_for(timeout=60_000)
            rows.first.locator("[role=gridcell]").first.click()
            page.wait_for_function("() => (document.querySelector('#qa-article mark')?.innerText || '').length > 0",
                                   timeout=60_000)
            page.screenshot(path=str(REPO / "docs" / "articles.png"))
            browser.close()
    finally:
        stop(proc)
    for name in ("chat.png", "articles.png"):
        _small(REPO / "docs" / name)
        print(REPO / "docs" / name, (REPO / "docs" / name).stat().st_size, "bytes")


if __name__ == "__main__":
    main()
