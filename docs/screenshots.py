"""Take the README's screenshots (docs/chat.png, docs/articles.png): ui.py on a scratch copy of articles/ plus
one article with a source and date, driven by Playwright in Debian's chromium, as the browser tests are.

    .venv/bin/python docs/screenshots.py [--work /tmp/qa-screenshots]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

from PIL import Image

REPO = Path(__file__).resolve().parents[1]
FERRY = {"title": "Gozo night ferry starts in April", "source": "Malta Courier", "published_at": "2024-03-03",
         "body": "The Gozo Channel company will run a night ferry leaving Cirkewwa at 23:40 from April, it said on "
                 "Tuesday. Tickets for foot passengers cost 4.65 euros. The crossing takes 25 minutes."}
VIEW = {"width": 1280, "height": 820}


def _serve(work: Path, port: int) -> subprocess.Popen:
    shutil.rmtree(work, ignore_errors=True)
    corpus = work / "articles"
    shutil.copytree(REPO / "articles", corpus)
    (corpus / "gozo-ferry.json").write_text(json.dumps(FERRY), encoding="utf-8")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "GRADIO_ANALYTICS_ENABLED": "False"}
    proc = subprocess.Popen([sys.executable, str(REPO / "ui.py"), "--port", str(port), "--index", str(work / "index"),
                             "--corpus", str(corpus)], cwd=REPO, env=env)
    for _ in range(300):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}", timeout=2):
                return proc
        except OSError:
            time.sleep(0.5)
    proc.terminate()
    sys.exit("ui.py did not start")


def _ask(page: Any, question: str) -> Any:
    bots = page.locator("#qa-chat [data-testid='bot']")
    n = bots.count()
    page.locator("#qa-input textarea").fill(question)
    page.locator("#qa-input textarea").press("Enter")
    page.wait_for_function("""n => { const b = document.querySelectorAll("#qa-chat [data-testid='bot']");
        return b.length > n && !/Building the index|Searching the articles/.test(b[b.length - 1].innerText); }""",
                           arg=n, timeout=180_000)
    return bots.nth(n)


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
    proc = _serve(args.work, args.port)
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--headless", "--no-sandbox"])
            page = browser.new_page(viewport=VIEW)
            page.goto(f"http://127.0.0.1:{args.port}")
            answer = _ask(page, "When does the Gozo night ferry leave Cirkewwa?")
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
        proc.terminate()
        proc.wait(20)
    for name in ("chat.png", "articles.png"):
        _small(REPO / "docs" / name)
        print(REPO / "docs" / name, (REPO / "docs" / name).stat().st_size, "bytes")


if __name__ == "__main__":
    main()
