"""Trust records: open a big index in seconds by checksumming its files once per machine, not on every load.

A version's files are checksummed when it is written and the first time it is opened here (a copy has new
inodes); then each file's (size, mtime, ctime, inode, device) goes into `<version>/.verified.json`. Later opens
compare `stat` with it and checksum again only when something differs; `qa-index verify` always checksums.

What a record catches: a file truncated, grown, replaced (a new inode), or written in place even with its
size and mtime put back, since every write, and the `utime` that restores an mtime, sets the ctime to now, and
nothing in user space sets it back. What it cannot: a change below the file system (bit rot on the disk, a
raw write to the block device, a disk image or snapshot edited offline), or an edit made after setting the
system clock back. `qa-index verify` re-reads every byte and catches those too.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path

from qa import files

RECORD = ".verified.json"
_LIMIT = 1 << 20


def stamp(path: Path) -> list[int]:
    """What `stat` says of a file without reading it: size, mtime and ctime (ns), inode, device."""
    st = os.stat(path, follow_symlinks=False)
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev]


def record_text(version: Path, names: Iterable[str]) -> str:
    """The record to write for `names` in `version` as they are now (just checksummed)."""
    return json.dumps({name: stamp(version / name) for name in names}, sort_keys=True)


def trusted(version: Path, names: Iterable[str]) -> bool:
    """True when `version` holds a record naming exactly `names`, each with the stamp it has now."""
    try:
        recorded = json.loads(files.read_text(version / RECORD, limit=_LIMIT))
        names = sorted(names)
        return (isinstance(recorded, Mapping) and sorted(recorded) == names
                and all(recorded[n] == stamp(version / n) for n in names))
    except (OSError, ValueError, files.FileRefused):
        return False


def forget(version: Path) -> None:
    """Drop the record (a file failed its check: every open checksums until a full check passes)."""
    try:
        (version / RECORD).unlink(missing_ok=True)
    except OSError:
        pass


def vouched(version: Path, names: Iterable[str]) -> set[str]:
    """Those of `names` that `version`'s record holds with the stamp they have now (checksummed, unchanged)."""
    try:
        recorded = json.loads(files.read_text(version / RECORD, limit=_LIMIT))
        if not isinstance(recorded, Mapping):
            return set()
        return {n for n in names if n in recorded and recorded[n] == stamp(version / n)}
    except (OSError, ValueError, files.FileRefused):
        return set()
