"""Fuzz newsparse with hypothesis alone: real wire lines, mutated, through every parser.

Inputs start from the real copy of the shared corpus (the seed story and the
121 modern stories: their lines and the hand-labelled lines of
``tests/corpus/labels.jsonl`` via ``st.sampled_from``, and whole stories),
then are mutated: wire punctuation and any unicode inserted, slices deleted,
repeated, re-cased, spliced from another line, truncated; lines are joined
into stories with every line ending. The properties are those of
``fuzz/checks.py``: only ``ParseError`` is raised, ``str(parse(t)) == t``, and
``parse_x(str(m)) == m`` for every model parsed.

Findings are recorded, not raised, so one run reports them all (deduplicated
by target and error). Runs go in rounds of fresh seeds until ``--count``
inputs have run::

    python fuzz/fuzz_hypothesis.py --count 100000
    python fuzz/fuzz_hypothesis.py --count 1000000 --seed 7 --findings findings.json

Exit status 1 when anything was found.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))

from checks import (
    Finding,
    check,
    check_story,
    corpus_lines,
    corpus_stories,
    labelled_lines,
)

#: The characters wire copy turns on, weighted into insertions.
WIRE = (
    "AaBbEeyPhoto ,.;:'’‘\"“”()[]/\\—–-_*&©®@#%+=|<>\t\u00a0\u2009\u200b\u0301\u0308"
    "\u202e\ufeff0123456789ÄÖÜßéñ\u00adŁ"
)
NEWLINES = ("\n", "\r\n", "\r", "\n\n", "\u2028", "\x85")
#: Inputs per hypothesis example: batching keeps generation cheap next to checking.
BATCH = 16


#: Strings that steer the grammars: byline leads, agency tags, credits, datelines, and
#: the forms of other outlets the corpus lines hold few of (possessive agencies,
#: research credits, trailers, credit labels, kickers, a byline's place).
STEERS = (
    "By ", " and ", "(AP)", " — ", "AP Photo/", "(Reuters) - ", "WASHINGTON, ", ", ",
    "CNN's ", " contributed research.", " Our Standards: ", ") ((a@b; ",
    "Reporting was contributed by ", " from ", "Credit...", "Image source, ",
    "Opinion | ", "Live: ", "By: ", " in London", " for The Washington Post", "(ANI): ",
)  # fmt: skip


def _piece(rng: random.Random) -> str:
    pick = rng.random()
    if pick < 0.5:
        return "".join(rng.choice(WIRE) for _ in range(rng.randint(1, 12)))
    if pick < 0.7:
        return "".join(chr(rng.randint(0, 0x2FFFF)) for _ in range(rng.randint(1, 4)))
    return rng.choice(STEERS)


def mutate(text: str, rng: random.Random, others: list[str]) -> str:
    """``text`` with up to four random mutations: insert, delete, repeat, re-case, splice, cut."""
    for _ in range(rng.randint(0, 4)):
        i = rng.randint(0, len(text))
        j = rng.randint(i, min(len(text), i + 40))
        op = rng.randrange(7)
        if op == 0:
            text = text[:i] + _piece(rng) + text[i:]
        elif op == 1:
            text = text[:i] + text[j:]
        elif op == 2:
            text = text[:i] + text[i:j] * rng.randint(2, 30) + text[j:]
        elif op == 3:
            text = text[:i] + text[i:j].upper() + text[j:]
        elif op == 4:
            text = text[:i] + text[i:j].lower() + text[j:]
        elif op == 5:
            text = text[:i] + rng.choice(others) + text[j:]
        else:
            text = text[:i]
    return text


def build(kind: str, base: str, salt: int, lines: list[str]) -> str:
    """The input of ``kind`` grown from ``base`` (a corpus line or story) and ``salt``."""
    rng = random.Random(salt)  # noqa: S311 - fuzz mutations, not secrets
    if kind != "lines":
        return mutate(base, rng, lines)
    rows = [base] + [rng.choice(lines) for _ in range(rng.randint(0, 7))]
    text = "".join(mutate(row, rng, lines) + rng.choice(NEWLINES) for row in rows)
    return text if rng.random() < 0.5 else text[:-1]


def inputs(
    lines: list[str], labelled: list[str], stories: list[str]
) -> st.SearchStrategy[list[tuple[str, str]]]:
    """Batches of ``(kind, text)`` inputs: mutated lines (half of them labelled ones), stories.

    Hypothesis picks the corpus line or story (``st.sampled_from``) and a salt;
    the mutations are drawn from the salt, which keeps each input cheap to make
    and reproducible from the batch hypothesis prints.
    """
    case = st.one_of(
        st.tuples(st.just("line"), st.sampled_from(lines), st.integers(0, 2**64)),
        # The labelled lines: the rare kinds (bylines, contributor lines) parse and round-trip.
        st.tuples(st.just("line"), st.sampled_from(labelled), st.integers(0, 2**64)),
        st.tuples(st.just("lines"), st.sampled_from(lines), st.integers(0, 2**64)),
        st.tuples(st.just("story"), st.sampled_from(stories), st.integers(0, 2**64)),
    ).map(lambda c: (c[0], build(c[0], c[1], c[2], lines)))
    return st.lists(case, min_size=BATCH, max_size=BATCH)


def run_round(count: int, round_seed: int, findings: dict[tuple[str, str], Finding]) -> int:
    """Run ``count`` batches under ``round_seed``; record new findings; how many inputs ran."""
    lines, labelled, stories = corpus_lines(), labelled_lines(), corpus_stories()
    ran = 0

    @seed(round_seed)
    @settings(
        max_examples=count,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(inputs(lines, labelled, stories))
    def fuzz(batch: list[tuple[str, str]]) -> None:
        nonlocal ran
        for kind, text in batch:
            ran += 1
            for finding in check(text) if kind == "line" else check_story(text):
                findings.setdefault(finding.key(), finding)

    fuzz()
    return ran


def main(argv: list[str] | None = None) -> int:
    """Fuzz for ``--count`` inputs; print the count and every finding."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--count", type=int, default=10_000, help="inputs to run in total")
    parser.add_argument("--round", type=int, default=20_000, help="inputs per hypothesis run")
    parser.add_argument("--seed", type=int, default=0, help="seed of the first round")
    parser.add_argument("--findings", type=Path, help="write the findings to this JSON file")
    args = parser.parse_args(argv)

    findings: dict[tuple[str, str], Finding] = {}
    ran, rounds, start = 0, 0, time.monotonic()
    while ran < args.count:
        examples = max(1, min(args.round, args.count - ran) // BATCH)
        ran += run_round(examples, args.seed + rounds, findings)
        rounds += 1
        print(
            f"{ran:,} inputs in {time.monotonic() - start:,.0f} s, {len(findings)} findings",
            flush=True,
        )
        if args.findings is not None:
            rows = [vars(f) for f in findings.values()]
            args.findings.write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n")
    print(f"ran {ran:,} inputs in {rounds} rounds (seeds {args.seed}..{args.seed + rounds - 1})")
    for finding in findings.values():
        print(f"\n{finding.target}: {finding.problem}\n    input: {finding.text[:300]!r}")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
