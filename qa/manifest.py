"""The manifest of an index version, as a typed record read strictly from its JSON.

A manifest is data from whoever made the folder: `Manifest.from_json` checks every field's type and refuses
anything else with a reason (the store turns it into the one-line "damaged" error), so no caller meets a
string where it expects a mapping.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import metadata
from typing import Any

from qa.config import Settings

# 2: the corpus records its folder and files; 3: row tables and article text as NumPy files, mapped (qa/rows.py);
# 4: article offset maps as columns, not in articles.jsonl, and the text column in segments (qa/text_rows.py);
# 5: the chunk id and cache key columns in segments too. Manifests of formats 1 and 2 are read (a rebuild finds its
# corpus folder there); their tables are stale. Formats 3 and 4 read as before (format 3: offsets in the JSON lines,
# one text column) and are current: their next add writes format 5.
FORMAT_VERSION = 5
TABLE_FORMATS = (3, 4, FORMAT_VERSION)
READABLE_FORMATS = (1, 2, *TABLE_FORMATS)


class ManifestError(ValueError):
    """A manifest that is not one this version wrote; `stale` when it is well formed but of another format."""

    def __init__(self, reason: str, *, stale: bool = False) -> None:
        super().__init__(reason)
        self.stale = stale


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """The model an index was embedded with."""

    name: str
    dim: int
    max_tokens: int


@dataclass(frozen=True, slots=True)
class CorpusInfo:
    """Where the articles came from: the source as shown, the fingerprint of the folder as indexed, the corpus
    folder that `add` copies into and `build` reads ("" when built from one file), and the files indexed."""

    source: str
    fingerprint: str
    folder: str = ""
    files: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Counts:
    """How many of each thing the version holds."""

    articles: int
    chunks: int
    sentences: int
    skipped: int


@dataclass(frozen=True, slots=True)
class FileEntry:
    """A file of the version, with the size and sha256 it was written with."""

    bytes: int
    sha256: str


@dataclass(frozen=True, slots=True)
class Manifest:
    """What a version holds and how it was built; `settings` are the build-time ones (`Settings.build_key`)."""

    model: ModelInfo
    settings: Mapping[str, Any]
    pipeline: int
    corpus: CorpusInfo
    counts: Counts
    built_at: str
    versions: Mapping[str, str] = field(default_factory=dict)
    files: Mapping[str, FileEntry] = field(default_factory=dict)
    format: int = FORMAT_VERSION
    # The build settings its user chose (`qa.kept_settings`): those other than the defaults of its build, which a
    # rebuild naming none keeps; None in a manifest from before they were recorded.
    chosen: tuple[str, ...] | None = None

    def build_settings(self, query: Settings | None = None) -> Settings:
        """`query`'s query-time settings (default: the defaults) with this index's build-time ones."""
        # An index from before `embed_passes` was recorded read every chunk and every sentence: "both".
        return dataclasses.replace(query or Settings(), **{"embed_passes": "both", **self.settings})

    def to_json(self) -> dict[str, Any]:
        """Plain JSON form."""
        return dataclasses.asdict(self)

    @staticmethod
    def from_json(data: object) -> Manifest:
        """Parse and check a manifest; ManifestError says what is wrong."""
        top = _mapping(data, "the manifest")
        if top.get("format") not in READABLE_FORMATS:
            raise ManifestError(f"format {top.get('format')!r}, this version reads formats "
                                f"{', '.join(map(str, READABLE_FORMATS))}", stale=True)
        settings = _mapping(top.get("settings"), "settings")
        known = set(Settings().build_key())
        if not set(settings) <= known or not all(isinstance(v, str | int | float) for v in settings.values()):
            raise ManifestError("settings are not build settings of this version")
        try:
            Settings(**settings)
        except (TypeError, ValueError) as e:
            raise ManifestError(f"settings are invalid ({e})") from e
        files = _mapping(top.get("files"), "files")
        return Manifest(
            model=ModelInfo(**_fields(top.get("model"), "model", name=str, dim=int, max_tokens=int)),
            settings=dict(settings),
            pipeline=_typed(top.get("pipeline"), int, "pipeline"),
            corpus=_corpus(top.get("corpus")),
            counts=Counts(**_fields(top.get("counts"), "counts", articles=int, chunks=int, sentences=int,
                                    skipped=int)),
            built_at=_typed(top.get("built_at"), str, "built_at"),
            versions={str(k): str(v) for k, v in _mapping(top.get("versions", {}), "versions").items()},
            files={name: FileEntry(**_fields(entry, f"file {name!r}", bytes=int, sha256=str))
                   for name, entry in files.items()},
            format=top["format"],
            chosen=_chosen(top.get("chosen"), known),
        )


def _chosen(value: object, known: set[str]) -> tuple[str, ...] | None:
    """The names of the chosen build settings; None when the manifest records none (written before they were)."""
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(n, str) and n in known for n in value):
        raise ManifestError("chosen is not a list of build setting names")
    return tuple(value)


def _corpus(value: object) -> CorpusInfo:
    """The corpus entry; a format-1 manifest has no folder or file list (its source is the folder it named)."""
    known = _fields(value, "corpus", source=str, fingerprint=str)
    obj = _mapping(value, "corpus")
    folder = _typed(obj.get("folder", ""), str, "corpus.folder")
    names = obj.get("files", [])
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise ManifestError("corpus.files is not a list of file names")
    return CorpusInfo(**known, folder=folder, files=tuple(names))


def _mapping(value: object, what: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise ManifestError(f"{what} is not a JSON object")
    return value


def _typed(value: object, kind: type, what: str) -> Any:
    if not isinstance(value, kind) or isinstance(value, bool) or (kind is int and value < 0):
        raise ManifestError(f"{what} is not a{'n' if kind is int else ''} {kind.__name__}"
                            f"{' >= 0' if kind is int else ''}")
    return value


def _fields(value: object, what: str, **kinds: type) -> dict[str, Any]:
    """The named fields of a JSON object, each of its type (extra fields ignored)."""
    obj = _mapping(value, what)
    return {name: _typed(obj.get(name), kind, f"{what}.{name}") for name, kind in kinds.items()}


def package_versions() -> dict[str, str]:
    """The versions of the packages that shape an index, as a manifest records them (those installed)."""
    out = {}
    for name in ("article-qa", "faiss-cpu", "sentence-transformers", "rank-bm25", "numpy"):
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            pass
    return out
