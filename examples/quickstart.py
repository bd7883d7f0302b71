"""Parse each line kind of the AP story in this folder and print the models.

Run from the project root:  python examples/quickstart.py
"""

from __future__ import annotations

from pathlib import Path

from newsparse import (
    parse_byline,
    parse_caption,
    parse_contributors,
    parse_dateline,
    parse_headline,
)

STORY = Path(__file__).with_name("ap_story.txt")


def main() -> None:
    lines = [line for line in STORY.read_text(encoding="utf-8").splitlines() if line.strip()]
    headline = next(line for line in lines if line.startswith("Syrian and Israeli officials"))
    caption = next(line for line in lines if line.startswith("FILE - "))
    lead = next(line for line in lines if line.startswith("BEIRUT (AP)"))
    contributors = next(line for line in lines if "contributed to this report" in line)
    # The seed story has no byline; this one is from the same AP desk.
    byline = "By JOSEPH KRAUSS and ZEKE MILLER Associated Press"

    for label, model in (
        ("headline", parse_headline(headline)),
        ("caption", parse_caption(caption)),
        ("dateline", parse_dateline(lead)),
        ("byline", parse_byline(byline)),
        ("contributors", parse_contributors(contributors)),
    ):
        print(f"{label:>12}: {model!r}")
        print(f"{'as wire text':>12}: {model}")
        print()


if __name__ == "__main__":
    main()
