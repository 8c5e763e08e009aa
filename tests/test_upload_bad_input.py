"""Bad input through the upload, on the very function the Articles view's upload calls (`ui_articles.add_files`):
an empty file, a binary file named .txt, a 100 MB file, a zip, a name holding `../` (and other dot names),
1,000 files at once. Each is refused or skipped with a message naming it; the corpus folder gains nothing from
it and the index answers exactly as before. (`test_browser_articles.py` uploads some of them in a browser.)"""

from __future__ import annotations

import html
import os
from pathlib import Path

import pytest

from qa import ui_articles
from qa.answer import answer_with
from qa.retrieve import cached_index
from qa.store import index_info

pytestmark = pytest.mark.slow
QUESTION = "Which islands does the Tsugaru Strait separate?"
GOOD = "# Bridge reopens\n\nThe Eastvale bridge reopened on Friday after repairs lasting two years.\n"


def _state(corpus: Path, index_dir: Path) -> tuple[list[str], str, int, str]:
    """What must not change: the corpus folder's files, the live version, its article count, the answer."""
    files = sorted(str(p.relative_to(corpus)) for p in corpus.rglob("*") if p.is_file())
    info = index_info(index_dir, verify=False)
    answer = answer_with(cached_index(index_dir), QUESTION)
    return files, info.version, info.n_articles, answer.text


@pytest.fixture
def upload(shipped_copy, tmp_path) -> tuple[Path, Path, Path, tuple]:
    corpus, index_dir = shipped_copy
    folder = tmp_path / "upload"
    folder.mkdir()
    return corpus, index_dir, folder, _state(corpus, index_dir)


def _add(paths: list[Path], index_dir: Path) -> str:
    return html.unescape(ui_articles.add_files(paths, index_dir))


def _bad_files(folder: Path) -> dict[str, Path]:
    files = {
        "empty": folder / "empty.txt",
        "binary": folder / "photo.txt",
        "zip": folder / "articles.zip",
        "huge": folder / "huge.txt",
        "dots": folder / "..\\..\\escape.txt",  # what `../../escape.txt` can become once a browser sends it
        "hidden": folder / "..evil.txt",
    }
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64)
    files["zip"].write_bytes(b"PK\x03\x04" + b"\0" * 64)
    with files["huge"].open("wb") as f:  # sparse: 100 MB on paper, no disk written
        f.truncate(100 * 2**20)
    files["dots"].write_text("A ferry capsized near the harbour on Monday, the coast guard said.\n")
    files["hidden"].write_text("A crane toppled into the sea on Monday, the port authority said.\n")
    return files


def test_each_bad_file_is_refused_or_skipped_by_name_and_nothing_changes(upload):
    corpus, index_dir, folder, before = upload
    files = _bad_files(folder)
    message = _add([files[k] for k in ("empty", "binary", "zip", "huge", "hidden")], index_dir)
    assert message.startswith("**Nothing added"), message
    assert "articles.zip: not a .txt, .md, .html, .json or .jsonl file (a .zip must be unpacked first)" in message
    assert "huge.txt: over the 10 MB limit per file" in message
    assert "..evil.txt: a hidden name (starting with a dot), which a build skips: rename it" in message
    assert "empty.txt" in message and "photo.txt" in message, message  # the loader's reasons for those two
    assert _state(corpus, index_dir) == before


def test_good_files_beside_bad_ones_are_added_and_the_bad_ones_named(upload):
    corpus, index_dir, folder, before = upload
    files = _bad_files(folder)
    (folder / "bridge.md").write_text(GOOD, encoding="utf-8")
    message = _add([*files.values(), folder / "bridge.md"], index_dir)
    assert message.startswith("**Added.** The index now holds 4 articles."), message
    for reason in ("empty.txt: empty file", "photo.txt: binary file", "articles.zip: not a",
                   "huge.txt: over the 10 MB", "..evil.txt: a hidden name", "..\\..\\escape.txt: a hidden name"):
        assert reason in message, (reason, message)
    assert sorted(set(_state(corpus, index_dir)[0]) - set(before[0])) == ["bridge.md"]
    assert not (corpus.parent / "escape.txt").exists() and not (folder.parent / "escape.txt").exists()
    assert answer_with(cached_index(index_dir), QUESTION).text == before[3]


def test_a_path_with_dot_dot_components_adds_the_file_it_names_inside_the_corpus(upload):
    corpus, index_dir, folder, _ = upload
    (folder / "bridge.md").write_text(GOOD, encoding="utf-8")
    roundabout = Path(f"{folder}/../{folder.name}/bridge.md")
    message = _add([roundabout], index_dir)
    assert message.startswith("**Added.**") and (corpus / "bridge.md").read_text(encoding="utf-8") == GOOD


def test_a_thousand_files_at_once_add_the_first_fifty_and_name_the_rest(upload):
    corpus, index_dir, folder, before = upload
    paths = []
    for i in range(1000):
        path = folder / f"note{i:04d}.txt"
        path.write_text(f"Note {i}\n\nThe council of Quarrington met {i} times about the bridge.\n")
        paths.append(path)
    message = _add(paths, index_dir)
    assert message.startswith(f"**Added.** The index now holds {3 + ui_articles.MAX_UPLOAD_FILES} articles.")
    assert ("950 file(s) past the first 50 of this upload were not added (note0050.txt, note0051.txt, note0052.txt "
            "and 947 more)") in message
    assert message.count("\n") < 10  # one line for the 950, not 950 lines
    assert len(_state(corpus, index_dir)[0]) == len(before[0]) + 50
    assert answer_with(cached_index(index_dir), QUESTION).text == before[3]


def test_an_unreadable_upload_is_named_not_a_crash(upload, tmp_path):
    corpus, index_dir, _, before = upload
    gone = tmp_path / "vanished.txt"  # Gradio's temporary copy deleted before the handler ran
    message = _add([gone], index_dir)
    assert message.startswith("**Nothing added.**") and "vanished.txt: cannot be read" in message
    if os.geteuid() != 0:  # root reads any file: no permission error to see
        locked = tmp_path / "locked.txt"
        locked.write_text(GOOD)
        locked.chmod(0)
        assert "locked.txt" in _add([locked], index_dir)
    assert _state(corpus, index_dir) == before
