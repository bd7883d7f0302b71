"""The Dask and Spark examples parse a small JSONL corpus and write what ``parse`` gives."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from newsparse import parse
from tests.corpus import modern_stories

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


class Row(NamedTuple):
    """A stand-in for a Spark ``Row`` of ``spark.read.text`` with an input-file column."""

    value: str
    path: str


#: A line that is not JSON, in the second file: it must become an error record.
BAD = "not json"


def write_inputs(folder: Path) -> list[dict[str, Any]]:
    """Two JSONL files of real stories (one bad line, one blank); the records in order."""
    records = list(modern_stories()[:6])
    folder.mkdir()
    first = "".join(json.dumps(r) + "\n" for r in records[:3])
    second = BAD + "\n\n" + "".join(json.dumps(r) + "\n" for r in records[3:])
    (folder / "a.jsonl").write_text(first, encoding="utf-8")
    (folder / "b.jsonl").write_text(second, encoding="utf-8")
    return records


def read_outputs(folder: Path) -> list[dict[str, Any]]:
    """Every output record in the ``part-*`` files of ``folder``, in name order."""
    found: list[dict[str, Any]] = []
    for part in sorted(folder.glob("part-*")):
        found.extend(json.loads(line) for line in part.read_text(encoding="utf-8").splitlines())
    return found


def assert_parsed(
    out: list[dict[str, Any]], records: list[dict[str, Any]], inputs: Path, *, ordered: bool
) -> None:
    """One bad-line error, then each story as ``parse(text).to_dict()``, in input order.

    ``ordered=False``: files (not the lines within one) may come in any order.
    """
    errors = [o for o in out if "error" in o]
    assert errors == [
        {
            "path": errors[0]["path"],
            "id": None,
            "error": {"type": "InvalidRecord", "message": "not JSON: Expecting value"},
        }
    ]
    assert errors[0]["path"].endswith("b.jsonl")
    stories = [o for o in out if "error" not in o]
    if ordered:
        assert out.index(errors[0]) == 3
    else:
        assert out.index(errors[0]) in (0, 3)
        stories.sort(key=lambda s: not s["path"].endswith("a.jsonl"))
    assert [s["id"] for s in stories] == [r["id"] for r in records]
    for story, record in zip(stories, records, strict=True):
        assert Path(story.pop("path")).parent.name == inputs.name
        del story["id"]
        assert story == parse(record["text"]).to_dict()


def run_example(script: str, *args: str) -> None:
    """Run ``examples/SCRIPT ARGS`` and fail with its stderr if it fails."""
    proc = subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr


@pytest.mark.skipif(importlib.util.find_spec("dask") is None, reason="dask is not installed")
@pytest.mark.parametrize(
    "scheduler",
    [
        pytest.param(
            None,
            id="local-cluster",
            marks=pytest.mark.skipif(
                importlib.util.find_spec("distributed") is None,
                reason="dask.distributed is not installed",
            ),
        ),
        pytest.param("processes", id="processes"),
    ],
)
def test_dask_example_parses_jsonl(scheduler: str | None, tmp_path: Path) -> None:
    """``examples/dask_parse.py`` writes one record per line, in order, on either scheduler."""
    records = write_inputs(tmp_path / "in")
    extra = ["--scheduler", scheduler] if scheduler else []
    run_example("dask_parse.py", str(tmp_path / "in" / "*.jsonl"), str(tmp_path / "out"), *extra)
    assert_parsed(read_outputs(tmp_path / "out"), records, tmp_path / "in", ordered=True)


def _spark_missing() -> str | None:
    """Why the Spark example cannot run here, or ``None`` if it can."""
    missing = []
    if importlib.util.find_spec("pyspark") is None:
        missing.append("pyspark is not installed")
    if shutil.which("java") is None:
        missing.append("java is not on PATH")
    return " and ".join(missing) or None


@pytest.mark.skipif(_spark_missing() is not None, reason=str(_spark_missing()))
def test_spark_example_parses_jsonl(tmp_path: Path) -> None:
    """``examples/spark_parse.py`` writes one record per line, in order, on local Spark."""
    records = write_inputs(tmp_path / "in")
    run_example(
        "spark_parse.py", str(tmp_path / "in" / "*.jsonl"), str(tmp_path / "out"), "--workers", "2"
    )
    assert_parsed(read_outputs(tmp_path / "out"), records, tmp_path / "in", ordered=False)


def test_spark_partition_function_without_spark() -> None:
    """The function Spark maps over partitions works on plain rows, with no Spark at all."""
    spec = importlib.util.spec_from_file_location("spark_parse", EXAMPLES / "spark_parse.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    records = list(modern_stories()[:3])
    rows = [Row(json.dumps(r), "in/a.jsonl") for r in records[:2]]
    rows += [Row("  ", "in/a.jsonl"), Row(BAD, "in/b.jsonl"), Row(json.dumps(records[2]), "b")]
    out = [json.loads(line) for line in module.parse_partition(iter(rows))]
    assert [o["id"] for o in out] == [records[0]["id"], records[1]["id"], None, records[2]["id"]]
    assert out[2]["error"]["message"] == "not JSON: Expecting value"
    assert {k: v for k, v in out[3].items() if k not in ("path", "id")} == parse(
        records[2]["text"]
    ).to_dict()
