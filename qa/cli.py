"""The command line: `qa-index build | stats | search | ask`. Errors a user can cause print one line, exit 1."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from qa.errors import QAError
from qa.records import IndexStats

logger = logging.getLogger("qa.cli")


def _cmd_build(args: argparse.Namespace) -> int:
    from qa.build import build_index, index_is_current
    from qa.config import Settings

    settings = Settings(model=args.model) if args.model else Settings()
    if args.if_stale and index_is_current(args.source, args.index, settings):
        print(f"index in {args.index} is up to date with {args.source}")
        return 0
    stats = build_index(args.source, args.index, settings=settings, progress=not args.quiet, wait=args.wait,
                        ray=args.ray)
    _print_stats(stats)
    return 0


def _cmd_add(args: argparse.Namespace) -> int:
    from qa.build import add_to_index

    _print_stats(add_to_index(args.paths, args.index, progress=not args.quiet, wait=args.wait, model=args.model))
    return 0


def _cmd_remove(args: argparse.Namespace) -> int:
    from qa.build import remove_from_index

    _print_stats(remove_from_index(args.doc_ids, args.index, wait=args.wait, model=args.model))
    return 0


def _print_stats(stats: IndexStats) -> None:
    from qa.present import printable

    print(f"indexed {stats.n_articles} articles: {stats.n_chunks} chunks, {stats.n_sentences} sentences, "
          f"{stats.n_duplicate_chunks} near-duplicate chunks; embedded {stats.n_embedded} new texts, reused "
          f"{stats.n_reused}; {stats.seconds:.1f} s -> {printable(stats.index_dir)}")
    if stats.skipped:
        print(f"skipped {len(stats.skipped)} file(s):")
        for s in stats.skipped:
            print(printable(f"  {s.path}: {s.reason}"))


def _cmd_stats(args: argparse.Namespace) -> int:
    import json

    from qa.present import printable
    from qa.store import index_info

    info = index_info(args.index)
    print(printable(f"index:    {info.version}"))
    print(printable(f"corpus:   {info.corpus}"))
    print(f"counts:   {info.n_articles} articles, {info.n_chunks} chunks, {info.n_sentences} sentences, "
          f"{info.n_skipped} skipped files")
    print(printable(f"model:    {info.model} ({info.dim} dimensions)"))
    print(printable(f"built:    {info.built_at}"))
    print(printable(f"settings: {json.dumps(info.settings, sort_keys=True)}"))
    return 0


def _cmd_search(args: argparse.Namespace) -> int:
    from qa.present import passages_text
    from qa.retrieve import load_index

    passages = load_index(args.index, model=args.model).retrieve(args.question, args.k)
    print(passages_text(passages))
    return 0


def _cmd_ask(args: argparse.Namespace) -> int:
    from qa.answer import answer_with
    from qa.present import plain
    from qa.retrieve import load_index

    result = answer_with(load_index(args.index, model=args.model), args.question, k=args.k)
    print(plain(result))
    return 0


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


MODEL_HELP = "the model the index was built with, if not all-MiniLM-L6-v2 (loading a model runs it: name it)"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qa-index", description="Build and query an Article QA index.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    sub = parser.add_subparsers(dest="command", required=True)

    def with_index(p: argparse.ArgumentParser, model: str = MODEL_HELP) -> argparse.ArgumentParser:
        p.add_argument("--index", default="index", help="index folder (default: index)")
        if model:
            p.add_argument("--model", help=model)
        return p

    build = with_index(sub.add_parser("build", help="build or rebuild the index from a folder of articles"),
                       model="sentence-transformers model folder (default: all-MiniLM-L6-v2)")
    build.add_argument("source", nargs="?", default="articles", help="corpus folder or file (default: articles)")
    build.add_argument("--if-stale", action="store_true", help="do nothing if the index is up to date")
    build.add_argument("--wait", action="store_true", help="wait for another build instead of failing")
    build.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    build.add_argument("--ray", nargs="?", const="auto", metavar="ADDRESS",
                       help="build on a Ray cluster: its address, or none for RAY_ADDRESS or a local Ray instance "
                            "(needs the extra `cluster`)")
    build.set_defaults(func=_cmd_build)
    add = with_index(sub.add_parser("add", help="add or replace articles from files or folders"))
    add.add_argument("paths", nargs="+", metavar="PATH")
    add.add_argument("--wait", action="store_true", help="wait for another build instead of failing")
    add.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    add.set_defaults(func=_cmd_add)
    remove = with_index(sub.add_parser("remove", help="drop articles by doc_id (see `search` output)"))
    remove.add_argument("doc_ids", nargs="+", metavar="DOC_ID")
    remove.add_argument("--wait", action="store_true", help="wait for another build instead of failing")
    remove.set_defaults(func=_cmd_remove)
    with_index(sub.add_parser("stats", help="describe the index"), model="").set_defaults(func=_cmd_stats)
    search = with_index(sub.add_parser("search", help="print the top passages for a question"))
    search.add_argument("question")
    search.add_argument("-k", type=_positive, default=5, help="passages to show (default: 5)")
    search.set_defaults(func=_cmd_search)
    ask = with_index(sub.add_parser("ask", help="answer a question with verbatim, cited quotes"))
    ask.add_argument("question")
    ask.add_argument("-k", type=_positive, default=5, help="passages to draw on (default: 5)")
    ask.set_defaults(func=_cmd_ask)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `qa-index` and `python -m qa`; returns the exit status."""
    args = _parser().parse_args(argv)
    from qa.embed import offline_environment

    offline_environment()
    from qa.present import TerminalFormatter

    handler = logging.StreamHandler()
    handler.setFormatter(TerminalFormatter("%(levelname)s: %(message)s"))
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, handlers=[handler])
    try:
        return args.func(args)
    except QAError as e:
        from qa.present import printable

        print(f"error: {' '.join(printable(str(e)).split())}", file=sys.stderr)  # one line, nothing a terminal obeys
        return 1
    except BrokenPipeError:  # `qa-index search ... | head`: the reader left; not an error (Python docs' recipe)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("interrupted: the previous index, if any, is untouched", file=sys.stderr)
        return 130
