"""pytest collection for docs/: the pages' examples run as doctests.

``_ext/pycon.py`` is a griffe extension for the site build and needs the
``docs`` extra; with only the ``test`` extra installed its doctest is skipped,
so the README's test command passes on a fresh machine.
"""

from __future__ import annotations

import importlib.util

collect_ignore = [] if importlib.util.find_spec("griffe") else ["_ext/pycon.py"]
