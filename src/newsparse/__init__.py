"""newsparse: news-agency wire copy as typed, validated data."""

from __future__ import annotations

from newsparse.errors import ParseError

__all__ = ["ParseError"]
__version__ = "0.1.0.dev0"
