"""The corpus folder is the one source of truth: `add` copies files into it and `remove` moves them out to its
hidden `.removed/` folder, so every later build from the folder keeps the change and no user's file is deleted.

Nothing is copied over a different file of the same name, nothing in `.removed/` is overwritten, and every
change can be undone (`Placed.undo`) when the index build that follows it fails.
"""

from __future__ import annotations

import contextlib
import filecmp
import os
import secrets
import shutil
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from qa.config import PIPELINE_VERSION
from qa.errors import CorpusError, QAError
from qa.load import corpus_fingerprint, load_corpus
from qa.manifest import Manifest
from qa.records import Article, Corpus, RawArticle, Skipped
from qa.walk import display_name, rel_name, walk

REMOVED = ".removed"  # hidden: the loader never reads it


@dataclass(frozen=True, slots=True)
class Placed:
    """What an add or remove did to the corpus folder: (from, to) moves and copies to undo, lines for the user,
    and for an add the articles read and the files skipped."""

    copied: tuple[Path, ...] = ()
    moved: tuple[tuple[Path, Path], ...] = ()
    notes: tuple[str, ...] = ()
    articles: tuple[RawArticle, ...] = ()
    skipped: tuple[Skipped, ...] = ()

    def undo(self) -> None:
        """Put the folder back as it was (the build after this change failed)."""
        for path in self.copied:
            with contextlib.suppress(OSError):
                path.unlink()
        for source, dest in self.moved:
            with contextlib.suppress(OSError):
                os.rename(dest, source)


@dataclass(frozen=True, slots=True)
class CorpusStatus:
    """The corpus folder an index was built from, and whether its files changed since (None: no folder)."""

    folder: Path | None
    current: bool
    new: tuple[str, ...] = ()
    gone: tuple[str, ...] = ()
    older: int = 0  # the pipeline version of an index an older version of the reader built (0: this version's)

    @property
    def why(self) -> str:
        """Why the index is out of date, for a sentence after "The index is out of date: "."""
        if self.older:
            return f"it was built by an older version of the reader (pipeline {self.older}, now {PIPELINE_VERSION})"
        return f"{self.changes} in the corpus folder since it was built"

    @property
    def changes(self) -> str:
        """What changed, in words ("2 new file(s), 1 gone"; "files changed" when only contents did)."""
        parts = [f"{len(self.new)} new file(s)" if self.new else "", f"{len(self.gone)} gone" if self.gone else ""]
        return ", ".join(p for p in parts if p) or "files changed"

    @property
    def summary(self) -> str:
        """One line for the user: up to date, or what changed and the fix."""
        if self.folder is None:
            return "built from one file"
        if self.current:
            return "the index is up to date with it"
        if self.older:
            return f"{self.why}: rebuild it with `qa-index build`"
        return f"{self.changes} since the index was built: update it with `qa-index build`"


def corpus_status(manifest: Manifest) -> CorpusStatus:
    """Compare the corpus folder as it is now with what the index recorded of it (file names, fingerprint)."""
    folder = Path(manifest.corpus.folder or manifest.corpus.source)
    if not folder.is_dir():
        return CorpusStatus(None, True)
    try:
        walked = walk(folder)
        root, found, _ = walked
        fingerprint = corpus_fingerprint(folder, walked=walked)
    except CorpusError:
        return CorpusStatus(folder, False)
    names = {rel_name(root, f) for f in found}
    recorded = set(manifest.corpus.files)
    current = fingerprint == manifest.corpus.fingerprint
    new = tuple(sorted(names - recorded)) if recorded else ()
    gone = tuple(sorted(recorded - names))
    older = manifest.pipeline if manifest.pipeline != PIPELINE_VERSION else 0
    return CorpusStatus(folder, current and not older, () if current else new, () if current else gone, older)


def require_apart(source: Path, index_dir: Path) -> None:
    """CorpusError when the index folder is the corpus folder or inside it: a build would read the last one's files."""
    corpus, index = source.expanduser().resolve(), index_dir.expanduser().resolve()
    if corpus.is_dir() and (index == corpus or corpus in index.parents):
        raise CorpusError(f"the index folder {display_name(str(index_dir))} is inside the corpus folder "
                          f"{display_name(str(source))}, so a build would read its own files as articles: pass "
                          "another one (`--index index`)")


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What a build reads of its source in one walk: the articles, the fingerprint of the files, and their names (those
    skipped too: the manifest records them, so a file skipped (empty, binary) is not taken for a new one)."""

    corpus: Corpus
    fingerprint: str
    files: tuple[str, ...]


def read_source(source: Path) -> Snapshot:
    """Walk `source` once, fingerprint the files it found, then read them: a file added or saved meanwhile makes the
    index out of date next time, never recorded as held."""
    walked = walk(source)
    fingerprint = corpus_fingerprint(source, walked=walked)  # before reading (tests/test_if_stale.py)
    return Snapshot(load_corpus(source, walked=walked), fingerprint, tuple(rel_name(walked[0], f) for f in walked[1]))


def edited_files(recorded: Iterable[str], before: Iterable[Article], after: Iterable[Article]) -> set[str]:
    """The files recorded after an add or remove: those recorded before, less the removed articles' files, plus the
    added articles' files."""
    now = {a.path for a in after}
    return (set(recorded) - ({a.path for a in before} - now)) | now


def corpus_folder(manifest: Manifest, index_dir: Path) -> Path:
    """The folder the index was built from; CorpusError when it was built from one file or the folder is gone."""
    folder = Path(manifest.corpus.folder or manifest.corpus.source)
    if not folder.is_dir():
        what = "is missing" if not folder.exists() else "is a file, not a folder"
        raise CorpusError(f"the corpus folder {display_name(str(folder))} this index was built from {what}: "
                          f"build it from a folder with `qa-index build FOLDER --index {index_dir}`")
    return folder.resolve()


def _inside(path: Path, folder: Path) -> bool:
    """True for a path in the corpus folder that a build reads (so not one in `.removed/`: that is copied back)."""
    return (path == folder or folder in path.parents) and REMOVED not in path.relative_to(folder).parts


def place(paths: Sequence[str | Path], folder: Path) -> Placed:
    """Read the articles in `paths` and copy the files holding any into `folder` (keeping a folder's inner paths); files
    already in `folder` are read there. All or nothing: a same-named file with other content refuses the whole add."""
    copies: dict[Path, Path] = {}
    articles: list[RawArticle] = []
    skipped: list[Skipped] = []
    for given in paths:
        path = Path(given).expanduser()
        inside = path.exists() and _inside(path.resolve(), folder)
        corpus = load_corpus(path.resolve(), root=folder) if inside else load_corpus(path)
        articles += corpus.articles
        skipped += corpus.skipped
        if inside:
            continue
        root, found, _ = walk(path)
        real = {rel_name(root, f): f for f in found}
        for name in sorted({a.path for a in corpus.articles}):
            copies.setdefault(real[name], folder / real[name].relative_to(root))
    clashes = [f"{display_name(str(dest))} already exists and differs from {display_name(str(src))}"
               for src, dest in copies.items() if dest.exists() and not _same_file(src, dest)]
    clashes += [f"{display_name(str(src))} has a hidden name, which a build skips"
                for src, dest in copies.items() if any(p.startswith(".") for p in dest.relative_to(folder).parts)]
    targets = list(copies.values())
    clashes += [f"two files would be copied to {display_name(str(t))}" for t in set(targets) if targets.count(t) > 1]
    if clashes:
        raise CorpusError(f"{'; '.join(sorted(clashes)[:3])}: rename one of them, then add again (nothing was added)")
    copied, notes = [], []
    for src, dest in copies.items():
        if dest.exists():
            notes.append(f"{display_name(str(src))} is already in {display_name(str(folder))}")
            continue
        _copy_new(src, dest)
        copied.append(dest)
    if copied:
        names = ", ".join(display_name(str(p.relative_to(folder))) for p in copied)
        notes.insert(0, f"copied {len(copied)} file(s) into the corpus folder {display_name(str(folder))}: {names}")
    return Placed(copied=tuple(copied), notes=tuple(notes), articles=tuple(articles), skipped=tuple(skipped))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return b.is_file() and filecmp.cmp(a, b, shallow=False)
    except OSError:
        return False


def _copy_new(src: Path, dest: Path) -> None:
    """Copy with its modification time, never over an existing file (link(2) refuses to), whole or not at all."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.{secrets.token_hex(4)}.tmp")
    try:
        shutil.copy2(src, tmp)
        os.link(tmp, dest)
    except FileExistsError:
        raise CorpusError(f"{display_name(str(dest))} appeared while adding: add again") from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def files_to_remove(articles: Mapping[str, Article], doc_ids: Sequence[str], index_dir: Path) -> list[str]:
    """The files (paths relative to the corpus folder) that removing `doc_ids` takes out; QAError when an id is
    unknown, when nothing would be left, or when a file also holds articles that are kept."""
    missing = [d for d in doc_ids if d not in articles]
    if missing:
        raise QAError(f"no article {', '.join(map(repr, missing))} in {index_dir}: "
                      f"`qa-index list --index {index_dir}` lists the ids")
    if len(articles) == len(set(doc_ids)):
        raise CorpusError(f"removing {', '.join(doc_ids)} would leave {index_dir} empty: build another corpus")
    paths = sorted({articles[d].path for d in doc_ids})
    for path in paths:
        kept = [a.doc_id for a in articles.values() if a.path == path and a.doc_id not in doc_ids]
        if kept:
            raise CorpusError(f"{path} also holds {', '.join(kept[:3])}{' ...' if len(kept) > 3 else ''}: remove "
                              "all of its articles at once, or edit the file and run `qa-index build`")
    return paths


def take_out(folder: Path, names: Sequence[str]) -> Placed:
    """Move each file (a path relative to `folder`) into `folder/.removed/`, keeping its path there; a name
    already taken there gets a numbered suffix. A file no longer in the folder is only reported."""
    moved, notes = [], []
    bin_ = folder / REMOVED
    for name in names:
        source = folder / name
        if not source.is_file():
            notes.append(f"{name} is not in the corpus folder {display_name(str(folder))}: removed from the index only")
            continue
        dest = _free_name(bin_ / name)
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.rename(source, dest)
        moved.append((source, dest))
    if moved:
        shown = ", ".join(display_name(str(d.relative_to(folder))) for _, d in moved)
        notes.insert(0, f"moved {len(moved)} file(s) out of the corpus into {shown}")
    return Placed(moved=tuple(moved), notes=tuple(notes))


def _free_name(path: Path) -> Path:
    n = 1
    candidate = path
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}.{n}{path.suffix}")
    return candidate
