"""The command line: `qa-index build | add | remove | list | stats | verify | search | ask | chat`. Errors a user can
cause print one line and exit 1; a mistyped command gets the closest one suggested."""

from __future__ import annotations

import argparse
import difflib
import logging
import os
import sys
from collections.abc import Sequence

from qa.cli_filters import add_filter_arguments, filter_args
from qa.errors import QAError
from qa.records import IndexStats

logger = logging.getLogger("qa.cli")


def _cmd_build(args: argparse.Namespace) -> int:
    from qa.build import build_index, index_is_current
    from qa.kept_settings import kept, named, note, recorded

    args.source, moved = _source(args.source, args.index)
    # None: the index's own build settings are kept (its model compared, and another used only when named)
    settings = named(args.index, model=args.model, chunk_tokens=args.chunk_tokens,
                     overlap_sentences=args.overlap_sentences)
    if args.if_stale and index_is_current(args.source, args.index, settings):
        said = note(manifest := recorded(args.index), settings or kept(manifest))  # the settings it keeps
        print(f"index in {args.index} is up to date with {args.source}" + (f" ({said})" if said else ""))
        return 0
    stats = build_index(args.source, args.index, settings=settings, progress=not args.quiet, wait=args.wait,
                        ray=args.ray)
    _print_stats(stats)
    if moved:
        from qa.present import printable

        print(printable(moved))
    return 0


def _source(source: str | None, index: str) -> tuple[str, str]:
    """(the folder to build from, a note for after the build): the folder named, else the index's own, else `articles`;
    another folder than the index's own is allowed, and said, since articles only in the old one leave the index."""
    from pathlib import Path

    from qa.background import recorded_corpus, recorded_folder

    if source is None:
        return recorded_corpus(index), ""
    folder = recorded_folder(index)
    if folder and Path(folder).is_dir() and Path(source).resolve() != Path(folder).resolve():
        return source, (f"note: {index} was built from {folder} before; now from {source}, so articles only in "
                        f"{folder} left the index (their files stay where they are)")
    return source, ""


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

    for note in stats.notes:
        print(printable(note))
    print(f"indexed {stats.n_articles} articles: {stats.n_chunks} chunks, {stats.n_sentences} sentences, "
          f"{stats.n_duplicate_chunks} near-duplicate chunks; embedded {stats.n_embedded} new texts, reused "
          f"{stats.n_reused}; {stats.seconds:.1f} s -> {printable(stats.index_dir)}")
    if stats.skipped:
        print(f"skipped {len(stats.skipped)} file(s):")
        for s in stats.skipped:
            print(printable(f"  {s.path}: {s.reason}"))


def _cmd_stats(args: argparse.Namespace) -> int:
    import json

    from qa.corpus import corpus_status
    from qa.present import printable
    from qa.store import index_info, open_version

    info = index_info(args.index)
    status = corpus_status(open_version(args.index, checksums=False).manifest)
    print(printable(f"index:    {info.version}"))
    print(printable(f"corpus:   {info.corpus} ({status.summary})"))
    print(f"counts:   {info.n_articles} articles, {info.n_chunks} chunks, {info.n_sentences} sentences, "
          f"{info.n_skipped} skipped files")
    print(printable(f"model:    {info.model} ({info.dim} dimensions)"))
    print(printable(f"built:    {info.built_at}"))
    print(printable(f"settings: {json.dumps(info.settings, sort_keys=True)}"))
    return 0


def _cmd_verify(args: argparse.Namespace) -> int:
    import time

    from qa.present import printable
    from qa.store import open_version

    t = time.perf_counter()
    version = open_version(args.index, trusting=False)  # every byte read again, whatever the trust record says
    files = version.manifest.files
    print(printable(f"verified {len(files)} files ({sum(f.bytes for f in files.values()) / 2**20:.1f} MiB) of "
                    f"{version.path} against their sha256 in {time.perf_counter() - t:.1f} s: all match"))
    return 0


def _cmd_list(args: argparse.Namespace) -> int:
    from qa.present import day_of, printable
    from qa.rows import read_articles
    from qa.store import open_version

    version = open_version(args.index)
    articles = read_articles(version.path, version.manifest)
    print(f"{len(articles)} articles in {printable(str(version.folder))} (id, title, source, date):")
    for a in articles:
        meta = a.metadata
        fields = (a.doc_id, a.display_title, meta.get("source", ""), day_of(meta))  # the day, as citations show it
        print("\t".join(printable(f) for f in fields))  # tab-separated: `cut -f1` gives the ids
    return 0


def _cmd_search(args: argparse.Namespace) -> int:
    from qa.cli_filters import passages_report
    from qa.retrieve import load_index

    where = filter_args(args)  # a bad date fails before the index loads
    index = load_index(args.index, model=args.model)
    query = " ".join(args.question)
    print(passages_report(index, query, index.retrieve(query, args.k, **where), where))
    return 0


def _cmd_ask(args: argparse.Namespace) -> int:
    from qa.answer import answer_with
    from qa.present import plain
    from qa.retrieve import load_index

    where = filter_args(args)  # a bad date fails before the index loads
    result = answer_with(load_index(args.index, model=args.model), " ".join(args.question), k=args.k, **where)
    print(plain(result))
    return 0


def _cmd_chat(args: argparse.Namespace) -> int:
    from qa.chat import run_chat

    where = filter_args(args)  # a bad date fails before the index loads
    return run_chat(args.index, k=args.k, model=args.model, **where)


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
    build.add_argument("source", nargs="?", default=None,
                       help="corpus folder or file (default: the folder the index was built from, else articles)")
    build.add_argument("--chunk-tokens", type=_positive, metavar="N",
                       help="word pieces per chunk, title included, 16-254 (default: the index's own, else 200)")
    build.add_argument("--overlap-sentences", type=int, metavar="N",
                       help="sentences shared by neighbouring chunks (default: the index's own, else 1)")
    build.add_argument("--if-stale", action="store_true", help="do nothing if the index is up to date")
    build.add_argument("--wait", action="store_true", help="wait for another build instead of failing")
    build.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    build.add_argument("--ray", nargs="?", const="auto", metavar="ADDRESS",
                       help="build on a Ray cluster: its address, or none for RAY_ADDRESS or a local Ray instance "
                            "(needs the extra `cluster`)")
    build.set_defaults(func=_cmd_build)
    add = with_index(sub.add_parser("add", help="copy files (or folders' files) into the corpus folder and index them"))
    add.add_argument("paths", nargs="+", metavar="PATH")
    add.add_argument("--wait", action="store_true", help="wait for another build instead of failing")
    add.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    add.set_defaults(func=_cmd_add)
    remove = with_index(sub.add_parser("remove", help="drop articles by doc_id (`qa-index list` shows them); their "
                                                      "files move to the corpus folder's .removed/"))
    remove.add_argument("doc_ids", nargs="+", metavar="DOC_ID")
    remove.add_argument("--wait", action="store_true", help="wait for another build instead of failing")
    remove.set_defaults(func=_cmd_remove)
    with_index(sub.add_parser("stats", help="describe the index"), model="").set_defaults(func=_cmd_stats)
    with_index(sub.add_parser("verify", help="checksum every file of the index again (a load trusts files whose "
                                             "size, times and inode are unchanged)"), model="").set_defaults(
        func=_cmd_verify)
    with_index(sub.add_parser("list", help="list the articles: id, title, source, date"),
               model="").set_defaults(func=_cmd_list)
    search = add_filter_arguments(with_index(sub.add_parser("search", help="print the top passages for a question")))
    search.add_argument("question", nargs="+", help="the question (quotes optional)")
    search.add_argument("-k", type=_positive, default=5, help="passages to show (default: 5)")
    search.set_defaults(func=_cmd_search)
    ask = add_filter_arguments(with_index(sub.add_parser("ask", help="answer a question with verbatim, cited quotes")))
    ask.add_argument("question", nargs="+", help="the question (quotes optional)")
    ask.add_argument("-k", type=_positive, default=5, help="passages to draw on (default: 5)")
    ask.set_defaults(func=_cmd_ask)
    chat = add_filter_arguments(with_index(sub.add_parser(
        "chat", help="ask question after question, follow-ups included (the model loads once); exit, Ctrl-D or "
                     "Ctrl-C leaves")))
    chat.add_argument("-k", type=_positive, default=5, help="passages to draw on (default: 5)")
    chat.set_defaults(func=_cmd_chat)
    return parser


def _unknown_command(parser: argparse.ArgumentParser, argv: list[str]) -> str:
    """A one-line error suggesting the closest command when the first word is not one; "" otherwise."""
    word = next((a for a in argv if not a.startswith("-")), None)
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    if word is None or word in sub.choices:
        return ""
    close = difflib.get_close_matches(word, list(sub.choices), n=1)
    hint = f"did you mean `qa-index {close[0]}`?" if close else f"commands: {', '.join(sub.choices)}"
    from qa.present import printable

    return printable(f"qa-index: unknown command {word!r}: {hint}")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `qa-index` and `python -m qa`; returns the exit status."""
    parser = _parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    typo = _unknown_command(parser, argv)
    if typo:
        print(typo, file=sys.stderr)
        return 2
    args = parser.parse_args(argv)
    from qa.embed import offline_environment

    offline_environment()
    from qa.present import TerminalFormatter

    handler = logging.StreamHandler()
    handler.setFormatter(TerminalFormatter("%(levelname)s: %(message)s"))
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, handlers=[handler])
    logging.getLogger("faiss.loader").setLevel(logging.WARNING)  # "could not load ... AVX512" lines: not errors
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
