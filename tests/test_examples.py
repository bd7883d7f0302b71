"""Every example in examples/ runs as is."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_quickstart_prints_each_line_kind() -> None:
    """The quickstart parses each line kind of the AP story and prints the models."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "quickstart.py")],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    for model in ("Headline(", "Caption(", "Dateline(", "Byline(", "ContributorLine("):
        assert model in done.stdout
    assert "Natalie Melzer" in done.stdout
    assert "BEIRUT (AP) —" in done.stdout


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    """Run an example from the project root, as its docstring says to."""
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        cwd=ROOT,
    )


def test_batch_jsonl_writes_one_parsed_line_per_story(tmp_path: Path) -> None:
    """The batch example turns the sample JSONL into one line of parsed data per story, in order."""
    target = tmp_path / "parsed.jsonl"
    done = _run("examples/batch_jsonl.py", "examples/stories.jsonl", str(target))
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in rows] == ["storm-ga", "oil-london", "no-headline"]
    assert rows[0]["parsed"]["dateline"]["city"] == "LAWRENCEVILLE"
    assert rows[1]["parsed"]["headline"]["prefixes"] == ["UPDATE 2"]
    assert [c["name"] for c in rows[1]["parsed"]["contributors"][0]["contributions"]] == [
        "Ana Lopez",
        "Sam Holmes",
    ]
    assert rows[2]["parsed"]["headline"] is None
    assert rows[2]["diagnostics"] == ["NP101", "NP302"]
    assert "parsed 3 stories" in done.stderr


def test_batch_jsonl_to_stdout_in_this_process() -> None:
    """With no target and --workers 0 the batch prints its JSON lines to stdout."""
    done = _run("examples/batch_jsonl.py", "--workers", "0")
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 3


def test_validate_pipeline_rejects_only_stories_with_errors() -> None:
    """The pipeline runs the selected rules and rejects the story without a headline."""
    done = _run("examples/validate_pipeline.py")
    assert done.returncode == 0, done.stderr
    assert "rules: NP101, NP102, NP201" in done.stdout
    assert "NP103" not in done.stdout
    assert "accepted  storm-ga" in done.stdout
    assert "accepted  oil-london" in done.stdout
    assert "REJECTED  no-headline" in done.stdout
    assert "1:1: NP101 [error]" in done.stdout
    assert "1 rejected" in done.stdout
    assert _run("examples/validate_pipeline.py", "--fail").returncode == 1


def test_validate_pipeline_honours_select_and_ignore() -> None:
    """Ignoring the rules that fire accepts every story, even with --fail."""
    done = _run("examples/validate_pipeline.py", "--ignore", "NP101,NP302", "--fail")
    assert done.returncode == 0, done.stdout
    assert "0 rejected" in done.stdout


def test_export_formats_writes_nitf_and_jsonld(tmp_path: Path) -> None:
    """The export example writes well-formed NITF and a NewsArticle for the AP story."""
    done = _run("examples/export_formats.py", "--out", str(tmp_path))
    assert done.returncode == 0, done.stderr
    nitf = ET.parse(tmp_path / "ap_story.nitf.xml").getroot()  # noqa: S314 - our own output
    ns = "{http://iptc.org/std/NITF/2006-10-18/}"
    assert nitf.tag == f"{ns}nitf"
    assert nitf.findtext(f".//{ns}hl1", "").startswith("Syrian and Israeli officials")
    ld = json.loads((tmp_path / "ap_story.jsonld").read_text(encoding="utf-8"))
    assert ld["@type"] == "NewsArticle"
    assert ld["dateline"] == "BEIRUT (AP)"
    assert "contributor Natalie Melzer (writer)" in done.stdout
    assert "hl1      Syrian and Israeli officials" in done.stdout
