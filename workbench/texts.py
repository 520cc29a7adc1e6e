"""What the core says to the user, in the user's language.

The services, importers, exporters, exchange and storage run without Qt (the
command line and the tests use them so), yet their messages reach a window that
may speak bokmål. They write each message in English as

    translate("CoreImport", "the file is empty")
    fill(translate("CoreImport", "the file is larger than %1 MB"), limit)

which is the form Qt's lupdate collects into resources/i18n/*.ts beside the
window's own strings (``make translations-update``; the contexts are named
"Core…" after the package). The window installs Qt's translation function here
when it installs a language (workbench/ui/i18n.py), so a message made after that
arrives translated, even on a worker thread (Qt's translate is thread-safe).
Without it (the command line, the core's tests) the English is given back.

Rules as for the window's strings (resources/i18n/README.md): whole sentences,
placeholders %1.. filled by :func:`fill` after translating, the first two
arguments string literals. A word put in from code is translated on its own,
or better, each case gets its whole sentence (bokmål's articles follow the
noun: “koden”, “temaet”). No counts with plural forms: lupdate collects a
count (``%n``) in ``translate()`` only as a literal number, so write counts
so that one and many read alike. A message made when a module loads would
stay in the language of that moment: translate where the message is made.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: (context, text) -> the translation; None: English as written.
Translator = Callable[[str, str], str]

_translator: Translator | None = None

_PLACEHOLDER = re.compile(r"%(\d)")


def install(translator: Translator | None) -> None:
    """Messages made from now on go through ``translator`` (None: English)."""
    global _translator
    _translator = translator


def translate(context: str, text: str) -> str:
    """``text`` in the installed language."""
    translator = _translator
    return text if translator is None else translator(context, text)


def fill(text: str, *values: object) -> str:
    """``text`` with %1, %2, … replaced by ``values``, in one pass: a value that
    itself holds “%2” (a code's name, a file's) is not filled again."""

    def value(match: re.Match) -> str:
        i = int(match.group(1)) - 1
        return str(values[i]) if 0 <= i < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, text)
