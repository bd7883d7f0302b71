"""Every example in examples/ runs as is."""

from __future__ import annotations

import subprocess
import sys
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
