"""What the core says to the user, in the user's language.

The services, importers, exporters, exchange and storage run without Qt (the
command line and the tests use them so), yet their messages reach a window that
may speak bokmål. They write each message in English as

    translate("CoreImport", "the file is empty")
    fill(translate("CoreImport", "a folder, not a %1"), kind)
    translate("CoreServices", "%n coding(s) were moved", None, n)

which is the form Qt's lupdate collects into resources/i18n/*.ts beside the
window's own strings (``make translations-update``; the contexts are named
"Core…" after the package). The window installs Qt's translation function here
when it installs a language (workbench/ui/i18n.py), so a message made after that
arrives translated, even on a worker thread (Qt's translate is thread-safe).
Without it (the command line, the core's tests) the English is given back, with
a count's “(s)” made singular or plural.

Rules as for the window's strings (resources/i18n/README.md): whole sentences,
placeholders %1.. filled by :func:`fill` after translating, a count as ``%n``.
A message made when a module loads would stay in the language of that moment:
translate where the message is made.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: (context, text, disambiguation, n) -> the translation; None: English as written.
Translator = Callable[[str, str, "str | None", int], str]

_translator: Translator | None = None

_PLACEHOLDER = re.compile(r"%(\d)")
_PLURAL = re.compile(r"\((e?s)\)")


def install(translator: Translator | None) -> None:
    """Messages made from now on go through ``translator`` (None: English)."""
    global _translator
    _translator = translator


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the installed language; ``n`` >= 0 fills ``%n`` and picks
    the plural form."""
    translator = _translator
    if translator is not None:
        return translator(context, text, disambiguation, n)
    if n < 0:
        return text
    return _PLURAL.sub("" if n == 1 else r"\1", text).replace("%n", str(n))


def fill(text: str, *values: object) -> str:
    """``text`` with %1, %2, … replaced by ``values``, in one pass: a value that
    itself holds “%2” (a code's name, a file's) is not filled again."""

    def value(match: re.Match) -> str:
        i = int(match.group(1)) - 1
        return str(values[i]) if 0 <= i < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, text)
