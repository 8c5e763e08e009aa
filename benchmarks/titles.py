"""How many of MultiHop-RAG's 609 headlines the .txt/.md reader finds, each article written as a `title\\n\\nbody` file
(as the realistic-corpus benchmark writes them), and how many bodies written alone it gives a title (each one a first
paragraph taken for a headline, unless it is the article's own headline opening its body).

A title is read right when it is the record's title as the cleaner folds it (NFKC: "…" is "..."), whitespace squashed.
`--compare FILE` lists the titles that changed against a previous run's JSON (`--out`), right -> wrong first.

    .venv/bin/python benchmarks/titles.py [DATA] [--out titles.json] [--compare old.json] [--show]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402

from qa.clean import clean_text, fold_text  # noqa: E402
from qa.headline import find_title  # noqa: E402

LONG = 20  # words: a headline over this is read by the long-headline rule


def main() -> None:
    """Count the headlines read right, the short ones among them, and the bodies alone given a title."""
    p = common.parser(__doc__.split("\n")[0])
    p.add_argument("--out", type=Path, help="write each record's title as read (JSON) here")
    p.add_argument("--compare", type=Path, help="a previous --out: list the titles that changed")
    p.add_argument("--show", action="store_true", help="print every title read wrong")
    args = p.parse_args()
    path = common.require(Path(args.data) / "multihop-rag" / "corpus.json", "MultiHop-RAG corpus.json")
    records = json.loads(path.read_text())
    expected = [" ".join(fold_text(r["title"]).split()) for r in records]
    read = [find_title(clean_text(f"{r['title']}\n\n{r['body']}")[0])[0] for r in records]
    alone = [find_title(clean_text(r["body"])[0])[0] for r in records]
    right = [a == b for a, b in zip(read, expected, strict=True)]
    short = [len(r["title"].split()) <= LONG for r in records]
    pairs = list(zip(right, short, strict=True))
    print(f"read right {sum(right)} of {len(records)}; short ones {sum(r and s for r, s in pairs)} of {sum(short)}; "
          f"long ones {sum(r and not s for r, s in pairs)} of {len(records) - sum(short)}; "
          f"bodies alone given a title {sum(map(bool, alone))}")
    if args.show:
        for got, want in zip(read, expected, strict=True):
            if got != want:
                print(f"  {want[:100]!r}\n    -> {got[:100]!r}")
    if args.compare:
        old = json.loads(args.compare.read_text())
        for kind, (was, now) in (("read", (old["read"], read)), ("body alone", (old["alone"], alone))):
            changed = [i for i, (a, b) in enumerate(zip(was, now, strict=True)) if a != b]
            lost = [i for i in changed if kind == "read" and was[i] == expected[i]]
            print(f"{kind}: {len(changed)} changed, {len(lost)} right -> wrong")
            for i in sorted(changed, key=lambda i: i not in lost):
                mark = "LOST " if i in lost else ""
                print(f"  {mark}{records[i]['title'][:80]!r}: {was[i][:70]!r} -> {now[i][:70]!r}")
    if args.out:
        args.out.write_text(json.dumps({"read": read, "alone": alone}))


if __name__ == "__main__":
    main()
