"""The ``newsparse`` command: ``parse`` stories to JSON, ``check`` their structure.

::

    newsparse parse story.txt            # one JSON object for the story
    newsparse parse a.txt b.txt          # one JSON object a line, per story
    newsparse parse --jsonl stories.jsonl   # records with a "text" field in, JSON Lines out
    newsparse parse --format nitf story.txt     # NITF 3.6 XML (jsonld: schema.org JSON-LD)
    newsparse schema                     # the JSON Schema of parse's JSON output
    newsparse check story.txt            # path:line:col: CODE message
    newsparse check --select NP1,NP3 --format json -

``-`` reads standard input. Exit status: 0 done (``check``: no diagnostic of
error severity), 1 ``check`` found an error, 2 usage error or a file that is
missing, unreadable or not UTF-8 text; the reason is one line on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

import attrs

from newsparse._serialize import to_dict
from newsparse.article import Article, parse
from newsparse.nitf import to_nitf
from newsparse.schema import parse_schema
from newsparse.validate import RULES, Diagnostic, Severity, select_rules, validate

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

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
            with open(path, "rb") as f:
                data = f.read()
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UsageError(f"{path}: is a directory") from None
    except OSError as e:
        raise UsageError(f"{path}: cannot read: {e.strerror or e}") from None
    if b"\x00" in data:
        raise UsageError(f"{path}: not a text file (holds NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise UsageError(f"{path}: not UTF-8 text (byte {e.start})") from None


def _stories(paths: Sequence[str], *, jsonl: bool, stdin: TextIO) -> Iterator[Story]:
    for path in paths:
        text = _read(path, stdin)
        shown = "<stdin>" if path == "-" else path
        if not jsonl:
            yield Story(shown, text)
            continue
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                raise UsageError(f"{shown}:{number}: not JSON: {e.msg}") from None
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise UsageError(f'{shown}:{number}: expected an object with a "text" string')
            ident = record.get("id")
            yield Story(shown, record["text"], number, str(ident) if ident is not None else None)


class _Progress:
    """A one-line progress bar on stderr, drawn only when stderr is a terminal."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total = total
        self.stream = stream
        self.shown = -1
        self.on = total >= _PROGRESS_MIN and stream.isatty()

    def step(self, done: int) -> None:
        if not self.on:
            return
        percent = done * 100 // self.total
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
    stories = list(_stories(args.files, jsonl=args.jsonl, stdin=stdin))
    progress = _Progress(len(stories), stderr) if args.jsonl else _Progress(0, stderr)
    if args.command == "parse":
        one = len(stories) == 1 and not args.jsonl
        for done, story in enumerate(stories, start=1):
            stdout.write(_render(parse(story.text), story, args.format, one=one) + "\n")
            progress.step(done)
        progress.close()
        return OK
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
