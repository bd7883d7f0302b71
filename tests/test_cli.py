"""The ``newsparse`` command, run as ``python -m newsparse`` in a subprocess."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from newsparse import cli
from newsparse.batch import map_ordered
from newsparse.cli import main
from tests.corpus import CORPUS, seed_text

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

BROKEN = "BEIRUT (AP) — text without a headline.\n(AP Photo/\n"


def run(*args: str, stdin: str | bytes = "") -> subprocess.CompletedProcess[str]:
    """Run ``python -m newsparse ARGS`` with ``stdin``; text output."""
    data = stdin.encode() if isinstance(stdin, str) else stdin
    proc = subprocess.run(
        [sys.executable, "-m", "newsparse", *args],
        input=data,
        capture_output=True,
        timeout=120,
        check=False,
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode()
    )


@pytest.fixture
def seed_file(tmp_path: Path) -> Path:
    """The seed story in a temporary file."""
    path = tmp_path / "seed.txt"
    path.write_text(seed_text(), encoding="utf-8")
    return path


def assert_usage_error(proc: subprocess.CompletedProcess[str]) -> None:
    """Exit 2, one line on stderr, no traceback, nothing on stdout."""
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert proc.stderr.startswith("newsparse: error: ")
    assert proc.stdout == ""


def test_parse_prints_the_seed_as_json(seed_file: Path) -> None:
    """``parse FILE`` exits 0 with one JSON object carrying the typed parts."""
    proc = run("parse", str(seed_file))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["dateline"]["city"] == "BEIRUT"
    assert data["agency"] == "AP"
    assert len(data["body"]) == 8
    assert data["captions"][0]["date"] == "2024-12-15"
    assert data["captions"][0]["credit"]["photographers"] == ["Matias Delacroix"]
    kinds = [p["kind"] for p in data["parts"] if p["kind"] != "blank"]
    assert kinds[:4] == ["noise", "source", "headline", "caption"]
    assert "".join(p["raw"] + p["newline"] for p in data["parts"]) == seed_text()
    assert proc.stderr == ""


def test_parse_reads_stdin() -> None:
    """``parse -`` reads the story from standard input."""
    proc = run("parse", "-", stdin=seed_text())
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["path"] == "<stdin>"


def test_parse_several_files_prints_json_lines(seed_file: Path) -> None:
    """Several files give one compact JSON object a line."""
    proc = run("parse", str(seed_file), str(seed_file))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 2
    assert all(json.loads(line)["headline"]["text"].startswith("Syrian") for line in lines)


def test_parse_jsonl(tmp_path: Path) -> None:
    """``--jsonl`` reads one story a line from its ``text`` field, and no progress bar off a tty."""
    path = tmp_path / "stories.jsonl"
    records = [{"id": f"s{i}", "text": seed_text()} for i in range(60)]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    proc = run("parse", "--jsonl", str(path))
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["id"] for o in out] == [r["id"] for r in records]
    assert proc.stderr == ""


def test_parse_jsonl_of_the_modern_stories() -> None:
    """All 121 modern stories go through ``parse --jsonl`` and come back whole."""
    path = CORPUS / "articles-visible.jsonl"
    if not path.exists():
        pytest.skip("shared corpus not found")
    proc = run("parse", "--jsonl", str(path))
    assert proc.returncode == 0, proc.stderr
    stories = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(out) == len(stories) == 121
    for story, data in zip(stories, out, strict=True):
        assert "".join(p["raw"] + p["newline"] for p in data["parts"]) == story["text"]


def test_check_clean_seed_exits_0(seed_file: Path) -> None:
    """The seed story has no error: exit 0."""
    proc = run("check", str(seed_file))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "error" not in proc.stderr


def test_check_broken_story_exits_1() -> None:
    """No headline and a credit that does not parse: exit 1, flake8-style lines."""
    proc = run("check", "-", stdin=BROKEN)
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert lines[0] == "<stdin>:1:1: NP101 Story has no headline"
    assert lines[1].startswith("<stdin>:2:")
    assert " NP302 Credit does not parse: Expected " in lines[1]


def test_check_ignore_makes_broken_story_pass() -> None:
    """Ignoring the error codes leaves nothing to fail on: exit 0."""
    proc = run("check", "--ignore", "NP101,NP302", "-", stdin=BROKEN)
    assert proc.returncode == 0, proc.stdout
    assert "NP101" not in proc.stdout


def test_check_select() -> None:
    """``--select`` runs only the rules it names."""
    proc = run("check", "--select", "NP3", "-", stdin=BROKEN)
    assert proc.returncode == 1
    assert [line.split()[1] for line in proc.stdout.splitlines()] == ["NP302"]


def test_check_format_json() -> None:
    """``--format json`` prints one list of diagnostic objects."""
    proc = run("check", "--format", "json", "-", stdin=BROKEN)
    assert proc.returncode == 1
    found = json.loads(proc.stdout)
    assert [(d["code"], d["line"], d["severity"]) for d in found] == [
        ("NP101", 1, "error"),
        ("NP302", 2, "error"),
    ]
    assert found[0]["path"] == "<stdin>"


def test_check_jsonl_names_records(tmp_path: Path) -> None:
    """For JSONL input each diagnostic names its record by id."""
    path = tmp_path / "stories.jsonl"
    path.write_text(json.dumps({"id": "broken", "text": BROKEN}) + "\n", encoding="utf-8")
    proc = run("check", "--jsonl", str(path))
    assert proc.returncode == 1
    assert proc.stdout.startswith(f"{path}#broken:1:1: NP101 ")


@pytest.mark.parametrize("command", ["parse", "check"])
def test_missing_file_exits_2(command: str) -> None:
    """A missing file: exit 2 with one line on stderr."""
    proc = run(command, "/nonexistent-file")
    assert_usage_error(proc)
    assert "/nonexistent-file: no such file" in proc.stderr


@pytest.mark.parametrize("command", ["parse", "check"])
def test_binary_file_exits_2(command: str, tmp_path: Path) -> None:
    """A file that is not text: exit 2."""
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert_usage_error(run(command, str(path)))


def test_latin1_file_exits_2(tmp_path: Path) -> None:
    """A file that is not UTF-8: exit 2, naming the byte."""
    path = tmp_path / "story.txt"
    path.write_bytes("MÜNCHEN (dpa) - Text.".encode("latin-1"))
    proc = run("check", str(path))
    assert_usage_error(proc)
    assert "not UTF-8" in proc.stderr


def test_directory_exits_2(tmp_path: Path) -> None:
    """A directory is not a story: exit 2."""
    assert_usage_error(run("parse", str(tmp_path)))


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads all")
def test_unreadable_file_exits_2(tmp_path: Path) -> None:
    """A file without read permission: exit 2."""
    path = tmp_path / "secret.txt"
    path.write_text("Headline\n", encoding="utf-8")
    path.chmod(0)
    try:
        assert_usage_error(run("parse", str(path)))
    finally:
        path.chmod(0o600)


@pytest.mark.parametrize(
    "args",
    [
        (),
        ("frobnicate",),
        ("parse",),
        ("check", "--format", "xml", "-"),
        ("check", "--select", "XX1", "-"),
        ("check", "--nonsense", "-"),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    """Usage errors: exit 2 with one line on stderr, never a traceback."""
    assert_usage_error(run(*args, stdin="Headline\n"))


@pytest.mark.parametrize(
    "line",
    ["not json", "[1, 2]", '{"id": 1}', '{"text": 5}'],
)
def test_check_bad_jsonl_exits_2(line: str, tmp_path: Path) -> None:
    """For ``check``, a JSONL line that is not an object with a ``text`` string: exit 2."""
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    assert_usage_error(run("check", "--jsonl", str(path)))


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (b"not json", "not JSON: Expecting value"),
        (b"[1, 2]", 'expected an object with a "text" string'),
        (b'{"id": 1}', 'expected an object with a "text" string'),
        (b'{"text": 5}', 'expected an object with a "text" string'),
        ('{"text": "MÜNCHEN"}'.encode("latin-1"), "not UTF-8 text (byte 11)"),
    ],
)
@pytest.mark.parametrize("workers", ["1", "2"])
def test_parse_bad_jsonl_record_becomes_error_object(
    line: bytes, message: str, workers: str, tmp_path: Path
) -> None:
    """For ``parse``, a bad record is an error object on its own line; the run goes on, exit 1."""
    path = tmp_path / "bad.jsonl"
    good = json.dumps({"id": "g", "text": "Talks resume\n"}).encode()
    path.write_bytes(good + b"\n" + line + b"\n\n" + good + b"\n")
    proc = run("parse", "--jsonl", "--workers", workers, str(path))
    assert proc.returncode == 1, proc.stderr
    out = [json.loads(o) for o in proc.stdout.splitlines()]
    assert [o.get("record") for o in out] == [1, 2, 4]
    assert out[0]["headline"]["text"] == out[2]["headline"]["text"] == "Talks resume"
    ident = "1" if line == b'{"id": 1}' else None
    assert out[1] == {
        "path": str(path),
        "record": 2,
        "id": ident,
        "error": {"type": "InvalidRecord", "message": message},
    }
    assert proc.stderr == f"newsparse: {path}:2: {message}\n"
    assert "Traceback" not in proc.stderr


def test_parse_jsonl_workers_1_and_2_give_identical_output() -> None:
    """``--workers 2`` writes exactly what one worker writes, in input order."""
    path = CORPUS / "articles-visible.jsonl"
    if not path.exists():
        pytest.skip("shared corpus not found")
    one = run("parse", "--jsonl", str(path))
    two = run("parse", "--jsonl", "--workers", "2", str(path))
    assert one.returncode == two.returncode == 0, two.stderr
    assert one.stdout == two.stdout
    ids = [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]
    assert [json.loads(line)["id"] for line in two.stdout.splitlines()] == ids


def test_parse_workers_applies_to_story_files(seed_file: Path) -> None:
    """``--workers`` works for story files too, one JSON object a line in argument order."""
    proc = run("parse", "--workers", "2", str(seed_file), "-", stdin="Second story\n")
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["path"] for o in out] == [str(seed_file), "<stdin>"]


def test_parse_negative_workers_exits_2() -> None:
    """``--workers -1`` is a usage error."""
    proc = run("parse", "--workers", "-1", "-", stdin="Headline\n")
    assert_usage_error(proc)
    assert "--workers" in proc.stderr


def test_parse_missing_second_file_fails_before_output(seed_file: Path) -> None:
    """Every file is opened before the first is parsed: a missing one writes nothing."""
    assert_usage_error(run("parse", "--jsonl", str(seed_file), "/nonexistent-file"))


class _FakeStdin:
    """A stdin whose bytes come from a generator, counting the lines read."""

    def __init__(self, lines: list[bytes]) -> None:
        self.read = 0
        self.buffer = self._lines(lines)

    def _lines(self, lines: list[bytes]) -> Iterator[bytes]:
        for line in lines:
            self.read += 1
            yield line


def test_jsonl_input_is_read_lazily() -> None:
    """JSONL records are read a line at a time: the first comes before the second is read.

    The CLI's memory bound rests on this and on ``map_ordered``'s window (see
    ``tests/test_batch.py``): a test of memory use itself would be slow and flaky.
    """
    lines = [json.dumps({"id": i, "text": f"Story {i}\n"}).encode() + b"\n" for i in range(5)]
    stdin = _FakeStdin(lines)
    records = cli._items(["-"], jsonl=True, stdin=stdin)  # type: ignore[arg-type]
    first = next(records)
    assert isinstance(first, cli.Story)
    assert first.id == "0"
    assert stdin.read == 1
    assert [r.id for r in records] == ["1", "2", "3", "4"]
    assert stdin.read == 5


def test_parse_streams_results_lazily() -> None:
    """``parse`` pulls input only as far as the in-flight window ahead of its output."""
    pulled = 0

    def items() -> Iterator[cli.Story]:
        nonlocal pulled
        for i in range(10_000):
            pulled += 1
            yield cli.Story("-", f"Story {i}\n", i + 1, str(i))

    render = functools.partial(cli._parse_item, "jsonl", False)
    results = map_ordered(render, items(), workers=1)
    line, problem = next(results)
    assert json.loads(line)["id"] == "0"
    assert problem is None
    assert pulled == 1


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_parse_jsonl_draws_progress_on_a_terminal(tmp_path: Path) -> None:
    """With stderr on a terminal, ``parse --jsonl`` draws a bar there; stdout stays pure JSONL."""
    path = tmp_path / "stories.jsonl"
    records = [{"id": f"s{i}", "text": f"Story {i}\n"} for i in range(60)]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    leader, follower = os.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "newsparse", "parse", "--jsonl", str(path)],
            stdout=subprocess.PIPE,
            stderr=follower,
            timeout=120,
            check=False,
        )
        os.close(follower)
        drawn = b""
        with contextlib.suppress(OSError):  # EIO once the terminal is drained
            while chunk := os.read(leader, 4096):
                drawn += chunk
    finally:
        os.close(leader)
    assert proc.returncode == 0
    assert len(proc.stdout.decode().splitlines()) == 60
    assert b"60/60" in drawn


def test_main_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    """``main()`` returns the exit status instead of exiting."""
    assert main(["check", "/nonexistent-file"]) == 2
    assert capsys.readouterr().err == "newsparse: error: /nonexistent-file: no such file\n"


@pytest.mark.parametrize("command", ["parse", "check"])
def test_unreadable_paths_are_usage_errors(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A directory or a missing file is exit 2 with one line saying which, no traceback."""
    assert main([command, str(tmp_path)]) == 2
    assert capsys.readouterr().err == f"newsparse: error: {tmp_path}: is a directory\n"
    missing = tmp_path / "missing.txt"
    assert main([command, str(missing)]) == 2
    assert capsys.readouterr().err == f"newsparse: error: {missing}: no such file\n"


def test_parse_failure_inside_newsparse_becomes_error_object(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A bug raised while parsing one story is reported on that story's line, not raised."""

    def broken(text: str) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(cli, "parse", broken)
    story = cli.Story("in.jsonl", "Headline\n", 3, "s3")
    line, problem = cli._parse_item("json", False, 0, story)
    assert json.loads(line) == {
        "path": "in.jsonl",
        "record": 3,
        "id": "s3",
        "error": {"type": "RuntimeError", "message": "boom"},
    }
    assert problem == "in.jsonl#s3: RuntimeError: boom"
