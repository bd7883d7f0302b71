"""The ``newsparse`` command: ``parse`` stories to JSON, ``check`` their structure.

::

    newsparse parse story.txt            # one JSON object for the story
    newsparse parse a.txt b.txt          # one JSON object a line, per story
    newsparse parse --jsonl stories.jsonl   # records with a "text" field in, JSON Lines out
    newsparse parse --jsonl --workers 4 big.jsonl > out.jsonl   # streamed over 4 processes
    newsparse parse --format nitf story.txt     # NITF 3.6 XML (jsonld: schema.org JSON-LD)
    newsparse schema                     # the JSON Schema of parse's JSON output
    newsparse check story.txt            # path:line:col: CODE message
    newsparse check --select NP1,NP3 --format json -

``-`` reads standard input. Exit status: 0 done (``check``: no diagnostic of
error severity), 1 ``check`` found an error or ``parse`` met a record it could
not parse, 2 usage error or a file that is missing, unreadable or not UTF-8
text; the reason is one line on stderr.

``parse`` streams: JSONL input is read a line at a time, stories are parsed
over ``--workers`` processes (default 1: in this process) with a bounded
number in flight, and each result is written, in input order, as soon as it
and those before it are done, so memory does not grow with the input. A
progress bar goes to stderr when stderr is a terminal. A record that cannot
be parsed (a line that is not UTF-8 or not JSON, an object without a
``"text"`` string, or a failure inside newsparse) does not stop the run: its
output line is an error object, in every ``--format``::

    {"path": "in.jsonl", "record": 7, "id": null,
     "error": {"type": "InvalidRecord", "message": "not JSON: Expecting value"}}

``record`` is the 1-based line number and ``id`` the record's ``"id"`` (or
``null``), both absent for a story file, ``error.type`` is ``InvalidRecord``
for bad input or the exception's class name for a failure in newsparse. Each
failure is also reported on stderr (``newsparse: in.jsonl:7: not JSON: ...``)
and the exit status is 1 once the run ends. ``check`` still treats a bad
JSONL record as a usage error (exit 2).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import sys
from typing import IO, TYPE_CHECKING, Any, NoReturn, TextIO

import attrs

from newsparse._serialize import to_dict
from newsparse.article import Article, parse
from newsparse.batch import map_ordered
from newsparse.nitf import to_nitf
from newsparse.schema import parse_schema
from newsparse.validate import RULES, Diagnostic, Severity, select_rules, validate

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

__all__ = ["main"]

PROG = "newsparse"

#: Exit statuses.
OK, FOUND_ERRORS, USAGE = 0, 1, 2

#: The output formats of ``newsparse parse``.
PARSE_FORMATS = ("json", "jsonl", "nitf", "jsonld")

#: A progress bar is drawn for JSONL input of at least this many stories.
_PROGRESS_MIN = 50


class UsageError(Exception):
    """A problem with the command line or its input files: exit 2 with one line on stderr."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


@attrs.frozen(slots=True)
class Story:
    """One story to work on: where it came from and its text."""

    path: str
    text: str
    record: int | None = None
    id: str | None = None

    @property
    def where(self) -> str:
        """The story's place for messages: ``path``, or ``path:record`` for JSONL input."""
        return self.path if self.record is None else f"{self.path}#{self.id or self.record}"


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Parse news-agency wire copy into typed data.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True
    schema_help = "print the JSON Schema (draft 2020-12) of parse's JSON output"
    commands.add_parser("schema", help=schema_help, description=schema_help)
    for name, help_text in (
        ("parse", "print each story as JSON: its parts and their typed values"),
        ("check", "check each story's structure: path:line:col: CODE message"),
    ):
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("files", nargs="+", metavar="FILE", help="story files, or - for stdin")
        sub.add_argument(
            "--jsonl",
            action="store_true",
            help='each FILE is JSON Lines: one story a line, as an object with a "text" field',
        )
        if name == "check":
            sub.add_argument("--select", default=None, help="rule codes or prefixes to run")
            sub.add_argument("--ignore", default=None, help="rule codes or prefixes to skip")
            sub.add_argument(
                "--format", choices=("text", "json"), default="text", help="output format"
            )
        else:
            sub.add_argument(
                "--workers",
                type=int,
                default=1,
                metavar="N",
                help="parse over N processes (default 1: in this process); output order is "
                "input order either way",
            )
            sub.add_argument(
                "--format",
                choices=PARSE_FORMATS,
                default="json",
                help="json: newsparse's own keys (one object, or one a line for several "
                "stories); jsonl: always one a line; nitf: NITF 3.6 XML (one document a "
                "line for several stories); jsonld: schema.org NewsArticle",
            )
    return parser


def _read(path: str, stdin: TextIO) -> str:
    """The text of ``path`` (``-`` for stdin), refusing what is not UTF-8 text."""
    try:
        if path == "-":
            data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode()
        else:
            with _open(path) as f:
                data = f.read()
    except OSError as e:
        raise UsageError(f"{path}: cannot read: {e.strerror or e}") from None
    if b"\x00" in data:
        raise UsageError(f"{path}: not a text file (holds NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise UsageError(f"{path}: not UTF-8 text (byte {e.start})") from None


@attrs.frozen(slots=True)
class BadRecord:
    """A JSONL line that is not a story: where it is and what is wrong with it."""

    path: str
    record: int
    message: str
    id: str | None = None

    @property
    def where(self) -> str:
        """``path:line`` for messages."""
        return f"{self.path}:{self.record}"


def _open(path: str) -> IO[bytes]:
    """``path`` opened for reading bytes, its failures as usage errors."""
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UsageError(f"{path}: is a directory") from None
    except OSError as e:
        raise UsageError(f"{path}: cannot read: {e.strerror or e}") from None


def _check_readable(paths: Sequence[str]) -> None:
    """Fail with a usage error before any output if one of ``paths`` cannot be opened."""
    for path in paths:
        if path != "-":
            _open(path).close()


def _record(shown: str, number: int, line: bytes) -> Story | BadRecord:
    """The story on JSONL line ``number``, or why that line holds none."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as e:
        return BadRecord(shown, number, f"not UTF-8 text (byte {e.start})")
    try:
        record = json.loads(text)
    except json.JSONDecodeError as e:
        return BadRecord(shown, number, f"not JSON: {e.msg}")
    ident = record.get("id") if isinstance(record, dict) else None
    ident = str(ident) if ident is not None else None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return BadRecord(shown, number, 'expected an object with a "text" string', ident)
    return Story(shown, record["text"], number, ident)


def _records(path: str, stdin: TextIO) -> Iterator[Story | BadRecord]:
    """The JSONL records of ``path`` (``-``: stdin), read lazily, one line at a time."""
    shown = "<stdin>" if path == "-" else path
    if path == "-":
        stream: contextlib.AbstractContextManager[Iterable[bytes]] = contextlib.nullcontext(
            stdin.buffer if hasattr(stdin, "buffer") else (line.encode() for line in stdin)
        )
    else:
        stream = _open(path)
    with stream as lines:
        for number, line in enumerate(lines, start=1):
            if line.strip():
                yield _record(shown, number, line)


def _items(paths: Sequence[str], *, jsonl: bool, stdin: TextIO) -> Iterator[Story | BadRecord]:
    """The stories of ``paths``, one file or one JSONL line at a time."""
    for path in paths:
        if jsonl:
            yield from _records(path, stdin)
        else:
            yield Story("<stdin>" if path == "-" else path, _read(path, stdin))


def _stories(paths: Sequence[str], *, jsonl: bool, stdin: TextIO) -> Iterator[Story]:
    """The stories of ``paths``; a bad JSONL record is a usage error."""
    for item in _items(paths, jsonl=jsonl, stdin=stdin):
        if isinstance(item, BadRecord):
            raise UsageError(f"{item.where}: {item.message}")
        yield item


def _count_records(paths: Sequence[str]) -> int | None:
    """How many non-blank lines ``paths`` hold, for the progress bar; ``None`` for stdin."""
    if "-" in paths:
        return None
    total = 0
    for path in paths:
        with _open(path) as f:
            total += sum(1 for line in f if line.strip())
    return total


class _Progress:
    """A one-line progress bar on stderr, drawn only when stderr is a terminal."""

    def __init__(self, total: int | None, stream: TextIO) -> None:
        self.total = total
        self.stream = stream
        self.shown = -1
        self.on = (total is None or total >= _PROGRESS_MIN) and stream.isatty()

    def step(self, done: int) -> None:
        if not self.on:
            return
        if self.total is None:  # stdin: a count, every 100 stories
            if done % 100 == 0:
                self.stream.write(f"\r{done:,} stories")
                self.stream.flush()
            return
        percent = min(done * 100 // max(self.total, 1), 100)
        if percent != self.shown:
            self.shown = percent
            bar = "#" * (percent // 4)
            self.stream.write(f"\r[{bar:<25}] {done}/{self.total}")
            self.stream.flush()

    def close(self) -> None:
        if self.on:
            self.stream.write("\n")
            self.stream.flush()


def article_data(article: Article, story: Story) -> dict[str, Any]:
    """The JSON object ``newsparse parse`` prints for one story."""
    data: dict[str, Any] = {"path": story.path}
    if story.record is not None:
        data["record"] = story.record
        data["id"] = story.id
    data.update(article.to_dict())
    return data


def _render(article: Article, story: Story, fmt: str, *, one: bool) -> str:
    """One story in output format ``fmt``; ``one``: the only story, printed indented."""
    if fmt == "nitf":
        xml = to_nitf(article, indent=one).rstrip("\n")
        # Several stories: one document a line, without the (optional) XML declaration.
        return xml if one else xml.split("\n", 1)[1]
    data = article.to_jsonld() if fmt == "jsonld" else article_data(article, story)
    return json.dumps(data, ensure_ascii=False, indent=2 if one and fmt != "jsonl" else None)


def error_data(item: Story | BadRecord, error_type: str, message: str) -> dict[str, Any]:
    """The error object ``newsparse parse`` prints in place of a story it could not parse."""
    data: dict[str, Any] = {"path": item.path}
    if item.record is not None:
        data["record"] = item.record
        data["id"] = item.id
    data["error"] = {"type": error_type, "message": message}
    return data


def _parse_item(fmt: str, one: bool, index: int, item: Story | BadRecord) -> tuple[str, str | None]:
    """One output line for ``item``, and the stderr message if it failed (run in a worker)."""
    del index  # the position is implied: results come back in input order
    if isinstance(item, BadRecord):
        data = error_data(item, "InvalidRecord", item.message)
        return json.dumps(data, ensure_ascii=False), f"{item.where}: {item.message}"
    try:
        return _render(parse(item.text), item, fmt, one=one), None
    except Exception as e:  # a bug in newsparse: reported on the story's line, by design
        data = error_data(item, type(e).__name__, str(e))
        return json.dumps(data, ensure_ascii=False), f"{item.where}: {type(e).__name__}: {e}"


def _parse_command(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    if args.workers < 0:
        raise UsageError(f"--workers: expected 0 or more, got {args.workers}")
    _check_readable(args.files)
    one = len(args.files) == 1 and not args.jsonl
    total: int | None = 0
    if args.jsonl and stderr.isatty():
        total = _count_records(args.files)
    progress = _Progress(total, stderr)
    items = _items(args.files, jsonl=args.jsonl, stdin=stdin)
    render = functools.partial(_parse_item, args.format, one)
    failed = False
    for done, (line, problem) in enumerate(
        map_ordered(render, items, workers=args.workers), start=1
    ):
        stdout.write(line + "\n")
        if problem is not None:
            failed = True
            stderr.write(f"{PROG}: {problem}\n")
        progress.step(done)
    progress.close()
    return FOUND_ERRORS if failed else OK


def _diagnostic_data(story: Story, diagnostic: Diagnostic) -> dict[str, Any]:
    data: dict[str, Any] = {"path": story.where}
    data.update(to_dict(diagnostic))
    return data


def _codes(text: str | None) -> list[str] | None:
    return None if text is None else [c.strip() for c in text.split(",") if c.strip()]


def _run(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    if args.command == "schema":
        stdout.write(json.dumps(parse_schema(), ensure_ascii=False, indent=2) + "\n")
        return OK
    if args.command == "parse":
        return _parse_command(args, stdin, stdout, stderr)
    stories = list(_stories(args.files, jsonl=args.jsonl, stdin=stdin))
    progress = _Progress(len(stories), stderr) if args.jsonl else _Progress(0, stderr)
    select, ignore = _codes(args.select), _codes(args.ignore)
    try:
        select_rules(select, ignore)
    except ValueError as e:
        raise UsageError(str(e)) from None
    found: list[dict[str, Any]] = []
    failed = False
    for done, story in enumerate(stories, start=1):
        for diagnostic in validate(parse(story.text), select, ignore):
            failed = failed or diagnostic.severity is Severity.ERROR
            if args.format == "json":
                found.append(_diagnostic_data(story, diagnostic))
            else:
                stdout.write(f"{story.where}:{diagnostic}\n")
        progress.step(done)
    progress.close()
    if args.format == "json":
        stdout.write(json.dumps(found, ensure_ascii=False, indent=2) + "\n")
    return FOUND_ERRORS if failed else OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``newsparse`` with ``argv`` (default ``sys.argv[1:]``); the exit status.

    >>> main(["check", "--select", "XX9", "-"])
    2
    """
    stdin, stdout, stderr = sys.stdin, sys.stdout, sys.stderr
    try:
        args = _build_parser().parse_args(argv)
        return _run(args, stdin, stdout, stderr)
    except UsageError as e:
        stderr.write(f"{PROG}: error: {e}\n")
        return USAGE
    except BrokenPipeError:
        return OK
    except KeyboardInterrupt:
        stderr.write(f"{PROG}: interrupted\n")
        return 130


def rule_table() -> str:
    """The registered rules, one a line: ``CODE severity name: summary``."""
    return "\n".join(
        f"{r.code} {r.severity.value:<7} {r.name}: {r.summary}" for r in RULES.values()
    )
