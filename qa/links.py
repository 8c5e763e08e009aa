"""Files a new version shares with the previous one: hard-linked, not written and checksummed again.

An `add` at a million chunks rewrote every file of the version; the ones a rebuild leaves as they were (the
BM25 base segment, `qa.bm25_update`) are linked instead (a copy across file systems). A file is shared only
while the previous version's trust record vouches for it (checksummed on this machine, unchanged since: see
`qa.trust`), so its manifest entry, sha256 included, carries over and nothing unchecked is blessed; the new
version's own trust record is written at its commit as for any file. Versions never write a file in place
(every write is a new file, renamed), so a link is never changed under the other version.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

from qa import trust
from qa.manifest import FileEntry
from qa.store import Version

logger = logging.getLogger(__name__)
_CROSS = (errno.EXDEV, errno.EPERM, errno.EMLINK, errno.ENOTSUP)


def link_unchanged(previous: Version | None, names: Iterable[str], folder: Path) -> dict[str, FileEntry]:
    """Link each of `names` the previous version vouches for into `folder`; their manifest entries by name.
    Names left out (none vouched, or a link and a copy both failed) are the caller's to write."""
    if previous is None:
        return {}
    wanted = [n for n in names if n in previous.manifest.files]
    out: dict[str, FileEntry] = {}
    for name in sorted(trust.vouched(previous.path, wanted)):
        src, dst = previous.path / name, folder / name
        try:
            try:
                os.link(src, dst, follow_symlinks=False)
            except OSError as e:
                if e.errno not in _CROSS:
                    raise
                shutil.copyfile(src, dst, follow_symlinks=False)
        except OSError as e:
            logger.info("writing %s again: cannot link or copy it from %s (%s)", name, previous.path, e)
            dst.unlink(missing_ok=True)
            continue
        out[name] = previous.manifest.files[name]
    return out
