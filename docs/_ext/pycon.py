"""A griffe extension for the API pages: doctest examples become ``pycon`` code blocks.

newsparse's docstrings hold their examples as bare doctests (``>>>`` lines, at
the docstring's margin or in an indented block after ``::``), which pytest runs.
Markdown would read them as block quotes and their ``[...]`` output as links;
this wraps each example run in a fenced ``pycon`` block when mkdocstrings
renders the API reference. The docstrings themselves are left as written.
"""

from __future__ import annotations

from typing import Any

import griffe

FENCE = "```"


def fence_doctests(text: str) -> str:
    """Wrap each run of doctest lines of ``text`` in a fenced ``pycon`` block.

    >>> fence_doctests("Example::\\n\\n    >>> 1 + 1\\n    2\\n\\nMore.").splitlines()
    ['Example:', '', '```pycon', '>>> 1 + 1', '2', '```', '', 'More.']
    """
    lines = text.splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.lstrip()
        indent = len(line) - len(stripped)
        literal = indent > 0 and _after_literal_marker(out)
        if stripped.startswith(">>>") and (indent == 0 or literal):
            if literal:
                _drop_literal_marker(out)
            out.append(FENCE + "pycon")
            while i < len(lines) and lines[i].strip():
                out.append(lines[i][indent:] if lines[i][:indent].isspace() else lines[i])
                i += 1
            out.append(FENCE)
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


def _after_literal_marker(out: list[str]) -> bool:
    """Whether the last text line before the blank lines ends an rST ``::`` marker."""
    for previous in reversed(out):
        if previous.strip():
            return previous.rstrip().endswith("::") and not previous.startswith(" ")
    return False


def _drop_literal_marker(out: list[str]) -> None:
    """Turn the last ``text::`` line into ``text:`` (``::`` alone goes)."""
    for k in range(len(out) - 1, -1, -1):
        if out[k].strip():
            head = out[k].rstrip()[:-2].rstrip()
            out[k] = head + ":" if head else ""
            return


class DoctestFences(griffe.Extension):
    """Fence the doctest examples of every docstring of the loaded package."""

    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Rewrite ``obj``'s docstring for rendering (the source stays as is)."""
        if obj.docstring is not None and ">>>" in obj.docstring.value:
            obj.docstring.value = fence_doctests(obj.docstring.value)
