"""Coverage-guided fuzzing of newsparse with atheris (``pip install 'newsparse[fuzz]'``).

Each input is decoded as UTF-8 text and checked as a line and as a story against the
properties of ``fuzz/checks.py``; a broken one raises, and atheris saves the
input as ``crash-*``. Start from the real copy of the corpus: write it as seed
files once, then fuzz with libFuzzer's usual flags::

    python fuzz/fuzz_atheris.py --make-seeds fuzz/seeds
    python fuzz/fuzz_atheris.py fuzz/seeds -runs=1000000 -max_len=4096
    python fuzz/fuzz_atheris.py crash-1234abcd          # replay one input
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import atheris  # type: ignore[import-untyped]

with atheris.instrument_imports():
    import newsparse  # noqa: F401 - instrumented for coverage

from checks import check, corpus_lines, corpus_stories


class PropertyError(AssertionError):
    """A fuzz input broke a newsparse property."""


def test_one_input(data: bytes) -> None:
    """Check one fuzz input, decoded as UTF-8 text, as a line and as a story."""
    text = data.decode("utf-8", errors="replace")
    findings = check(text)
    if findings:
        report = "\n".join(f"{f.target}: {f.problem}" for f in findings)
        raise PropertyError(f"{report}\ninput: {text!r}")


def make_seeds(folder: Path) -> int:
    """Write every corpus line and story to ``folder``, one file each; how many."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = corpus_lines() + corpus_stories()
    for i, text in enumerate(texts):
        (folder / f"seed-{i:05d}").write_bytes(text.encode("utf-8"))
    return len(texts)


def main() -> None:
    """Fuzz, or with ``--make-seeds DIR`` write the corpus seeds and stop."""
    if len(sys.argv) == 3 and sys.argv[1] == "--make-seeds":
        print(f"wrote {make_seeds(Path(sys.argv[2]))} seeds to {sys.argv[2]}")
        return
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
