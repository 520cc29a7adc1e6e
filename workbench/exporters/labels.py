"""Every text an export writes, in Norwegian Bokmål (nb) and English (en)."""

from __future__ import annotations

from workbench.exporters import check_language

#: Word's language tags, for spell check and hyphenation.
WORD_LANGUAGE = {"nb": "nb-NO", "en": "en-GB"}

TEXTS: dict[str, dict[str, str]] = {
    "nb": {
        "codebook_title": "Komplett oversikt over koder",
        "tables_title": "Kodegrupper, temaer og koder",
        "quotes_title": "Sitater etter tema, kodegruppe og kode",
        "header": "Tema / Kodegruppe / Kode",
        "col_theme": "Tema",
        "col_group": "Kodegruppe",
        "col_code": "Kode",
        "col_passages": "Sitater",
        "col_documents": "Dokumenter",
        "col_description": "Beskrivelse",
        "col_theme_no": "Tema nr.",
        "col_group_no": "Gruppe nr.",
        "col_group_name": "Kodegruppe",
        "col_rest": "Restgruppe",
        "theme": "Tema",
        "group": "Gruppe",
        "rest_section": "Restgruppe – koder utenfor temaene",
        "loose_section": "Kodegrupper uten tema",
        "ungrouped_section": "Koder uten kodegruppe",
        "no_theme": "Uten tema",
        "table": "Tabell",
        "caption_groups": "Kodegrupper",
        "caption_themes": "Temaer med kodegrupper og koder",
        "caption_rest": "Restgruppe",
        "caption_ungrouped": "Koder uten kodegruppe",
        "memo": "Memo",
        "says": "{document} uttaler:",
        "no_quotes": "Ingen sitater.",
        "yes": "ja",
        "no": "nei",
        "sheet": "Kodebok",
        "quotes_intro": "Sitatene står i dokumentrekkefølge under hver kode. {figures}",
        "figures": "{passages} fra {documents}.",
        "comments": "Eksportert fra Stegvis",
    },
    "en": {
        "codebook_title": "Complete list of codes",
        "tables_title": "Code groups, themes and codes",
        "quotes_title": "Quotes by theme, code group and code",
        "header": "Theme / Code group / Code",
        "col_theme": "Theme",
        "col_group": "Code group",
        "col_code": "Code",
        "col_passages": "Passages",
        "col_documents": "Documents",
        "col_description": "Description",
        "col_theme_no": "Theme no",
        "col_group_no": "Group no",
        "col_group_name": "Group",
        "col_rest": "Rest group",
        "theme": "Theme",
        "group": "Group",
        "rest_section": "Rest group – codes outside the themes",
        "loose_section": "Code groups without a theme",
        "ungrouped_section": "Codes without a code group",
        "no_theme": "No theme",
        "table": "Table",
        "caption_groups": "Code groups",
        "caption_themes": "Themes with code groups and codes",
        "caption_rest": "Rest group",
        "caption_ungrouped": "Codes without a code group",
        "memo": "Memo",
        "says": "{document} says:",
        "no_quotes": "No quotes.",
        "yes": "yes",
        "no": "no",
        "sheet": "Codebook",
        "quotes_intro": "Under each code the quotes stand in document order. {figures}",
        "figures": "{passages} from {documents}.",
        "comments": "Exported from Stegvis",
    },
}

#: (singular, plural) of the things the summaries count.
NOUNS = {
    "nb": {
        "code": ("kode", "koder"),
        "group": ("kodegruppe", "kodegrupper"),
        "theme": ("tema", "temaer"),
        "document": ("dokument", "dokumenter"),
        "passage": ("kodet utdrag", "kodede utdrag"),
        "quote": ("sitat", "sitater"),
    },
    "en": {
        "code": ("code", "codes"),
        "group": ("code group", "code groups"),
        "theme": ("theme", "themes"),
        "document": ("document", "documents"),
        "passage": ("coded passage", "coded passages"),
        "quote": ("quote", "quotes"),
    },
}


def text(lang: str, key: str, **values) -> str:
    s = TEXTS[check_language(lang)][key]
    return s.format(**values) if values else s


def number(lang: str, n: int) -> str:
    """1 234 (nb, non-breaking space) or 1,234 (en)."""
    return f"{n:,}".replace(",", "\u00a0" if lang == "nb" else ",")


def count(lang: str, n: int, noun: str) -> str:
    """"1 kode", "240 koder"; "1 code", "240 codes"."""
    one, many = NOUNS[check_language(lang)][noun]
    return f"{number(lang, n)} {one if n == 1 else many}"


def _numbered(word: str, n: int | None, name: str) -> str:
    return f"{word} {n} {name}" if n is not None else f"{word}: {name}"


def theme_label(lang: str, n: int | None, name: str) -> str:
    """"Tema 1 Lav digital modenhet og teknologifrykt" (unnumbered: "Tema: ...")."""
    return _numbered(text(lang, "theme"), n, name)


def group_label(lang: str, n: int | None, name: str) -> str:
    """"Gruppe 10 Ansatte sin frykt for digitale løsninger"."""
    return _numbered(text(lang, "group"), n, name)


def quoted(lang: str, s: str) -> str:
    """«...» in Norwegian, “...” in English."""
    return f"«{s}»" if lang == "nb" else f"\u201c{s}\u201d"


def says(lang: str, document: str) -> str:
    return text(lang, "says", document=document)


def method_summary(lang: str, *, codes: int, groups: int, rest: int | None, ungrouped: int, themes: int,
                   documents: int, passages: int, code_test: dict[str, int] | None) -> str:
    """A paragraph for the method chapter with the codebook's numbers.

    ``rest``: codes in the rest group (None: there is none); ``code_test``:
    sdi_tests.progress(project, "code_test")."""
    def c(n: int, noun: str) -> str:
        return count(lang, n, noun)

    parts = []
    if lang == "nb":
        parts.append(f"Kodingen av {c(documents, 'document')} ga {c(codes, 'code')} ({c(passages, 'passage')}).")
        sorted_into = []
        if groups:
            sorted_into.append(c(groups, "group"))
        if rest is not None:
            sorted_into.append(f"en restgruppe med {c(rest, 'code')}")
        if sorted_into:
            s = "Kodene ble sortert i " + " og ".join(sorted_into)
            s += f", og kodegruppene ble samlet i {c(themes, 'theme')}." if themes else "."
            parts.append(s)
        if ungrouped:
            parts.append(f"{c(ungrouped, 'code').capitalize()} står uten kodegruppe.")
        if code_test and code_test.get("total"):
            passed, failed, untested = code_test["passed"], code_test["failed"], code_test["untested"]
            if passed + failed == 0:
                parts.append("Ingen koder er kodetestet ennå.")
            else:
                s = f"I kodetesten ble {c(passed, 'code')} godkjent og {number(lang, failed)} ikke godkjent"
                s += f"; {number(lang, untested)} er ikke testet." if untested else "."
                parts.append(s)
    else:
        parts.append(f"Coding {c(documents, 'document')} gave {c(codes, 'code')} ({c(passages, 'passage')}).")
        sorted_into = []
        if groups:
            sorted_into.append(c(groups, "group"))
        if rest is not None:
            sorted_into.append(f"a rest group of {c(rest, 'code')}")
        if sorted_into:
            s = "The codes were sorted into " + " and ".join(sorted_into)
            s += f", and the code groups were gathered into {c(themes, 'theme')}." if themes else "."
            parts.append(s)
        if ungrouped:
            parts.append(f"{c(ungrouped, 'code').capitalize()} {'is' if ungrouped == 1 else 'are'} in no code group.")
        if code_test and code_test.get("total"):
            passed, failed, untested = code_test["passed"], code_test["failed"], code_test["untested"]
            if passed + failed == 0:
                parts.append("No code has been through the code test yet.")
            else:
                s = f"In the code test, {c(passed, 'code')} passed and {number(lang, failed)} failed"
                s += f"; {number(lang, untested)} {'is' if untested == 1 else 'are'} not tested." if untested else "."
                parts.append(s)
    return " ".join(parts)
