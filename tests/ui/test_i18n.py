"""Translations (resources/i18n): complete, up to date with the sources, found at
run time (also for strings written in MainWindow's mixins), and switchable."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMenu

from workbench.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
TS_FILES = sorted(I18N.glob("*.ts"))
OURS = [I18N / "stegvis_nb.ts", I18N / "stegvis_en.ts"]
LUPDATE_FLAGS = ["-extensions", "py", "-no-obsolete", "-locations", "none", "-silent"]

sys.path.insert(0, str(I18N))
import ts_tool  # noqa: E402  (resources/i18n/ts_tool.py, the checks `make translations-update` uses)


def _tool(name: str) -> str | None:
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else shutil.which(name)


def _keys(path: Path) -> dict[str, set[tuple[str, str]]]:
    by_context: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for m in ts_tool.messages(path):
        by_context[m.context].add((m.source, m.comment))
    return dict(by_context)


# --- the .ts files ------------------------------------------------------------------------------------
def test_both_languages_and_qt_texts_have_translation_files():
    assert {p.name for p in TS_FILES} >= {"stegvis_nb.ts", "stegvis_en.ts", "qtbase_nb.ts"}
    assert len(ts_tool.messages(I18N / "stegvis_nb.ts")) > 400


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_every_entry_is_translated_with_its_placeholders(path):
    """No unfinished, vanished or obsolete entry, no empty translation, and
    %1.., %n, %s the same in source and translation."""
    assert ts_tool.problems(path) == []


def test_english_is_the_source_text_but_for_counts():
    """English translates only its counts: “%n code(s)” into “%n code” and “%n codes”."""
    counts = 0
    for m in ts_tool.messages(I18N / "stegvis_en.ts"):
        if m.numerus:
            counts += 1
            assert len(m.forms) == 2 and not any(p in f for f in m.forms for p in ("(s)", "(es)")), m.forms
            assert "%Ln" in m.forms[1], m.forms  # the count in the locale's digits
        else:
            assert m.forms == [m.source], (m.context, m.source)
    assert counts > 20


def test_counts_read_as_one_and_as_more_in_both_languages(qtbot, translations):
    from workbench.ui import commands
    from workbench.ui.main_window import MainWindow

    for language, one, more, undo in (
        ("en", "Imported 1 document.", "Imported 2 documents.", "Import 2 documents"),
        ("nb", "Importerte 1 dokument.", "Importerte 2 dokumenter.", "Importer 2 dokumenter"),
    ):
        translations(language)
        window = MainWindow()
        qtbot.addWidget(window)
        assert window.tr("Imported %Ln document(s).", "", 1) == one  # a mixin's (DocumentActions)
        assert window.tr("Imported %Ln document(s).", "", 2) == more
        assert commands.tr("Import %Ln document(s)", None, 2) == undo  # the empty context's
    # Counts are written as the locale writes numbers: Norwegian groups thousands with a space.
    assert window.tr("%Ln coding(s)", "", 30000) == "30\u00a0000 kodinger"


@pytest.mark.parametrize("path", OURS, ids=lambda p: p.name)
def test_the_translation_files_are_up_to_date_with_the_sources(path, tmp_path):
    """Every tr()/translate() string of workbench/ is in the .ts, and nothing else
    (run `make translations-update` after adding or changing strings)."""
    lupdate = _tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / path.name
    subprocess.run([lupdate, *LUPDATE_FLAGS, str(ROOT / "workbench"), "-ts", str(fresh)],
                   check=True, capture_output=True, cwd=ROOT)
    want, have = _keys(fresh), _keys(path)
    missing = {c: sorted(s - have.get(c, set())) for c, s in want.items() if s - have.get(c, set())}
    extra = {c: sorted(s - want.get(c, set())) for c, s in have.items() if s - want.get(c, set())}
    assert not missing, f"new strings: run `make translations-update` and translate them: {missing}"
    assert not extra, f"strings no longer in the sources: run `make translations-update`: {extra}"


def _contexts_asked_at_run_time() -> set[str]:
    """Class names (self.tr asks the classes of the MRO) and the literal contexts of translate()."""
    names = {""}
    for path in (ROOT / "workbench").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names.add(node.name)
            elif (isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", None))
                  in ("translate", "QT_TRANSLATE_NOOP") and node.args and isinstance(node.args[0], ast.Constant)):
                names.add(node.args[0].value)
    return names


#: Known cases waiting for a fix in the source (they show in English until then).
KNOWN_UNASKED: set[tuple[str, str]] = set()


def test_every_context_is_one_that_is_asked_for_at_run_time():
    """lupdate names a context after what stands before .tr: ``other.tr("...")``
    gives the context "other", which no object asks for. Use self.tr in the class,
    or QCoreApplication.translate("ClassName", "...")."""
    asked = _contexts_asked_at_run_time()
    unknown = {(m.context, m.source) for m in ts_tool.messages(I18N / "stegvis_nb.ts")
               if m.context not in asked} - KNOWN_UNASKED
    assert not unknown, f"strings under contexts nothing asks for, so never translated: {sorted(unknown)}"


def test_strings_of_the_empty_context_translate_as_elsewhere():
    """The translator falls back to the empty context (commands.py's tr(), helpers
    given self.tr); the same English there and in a class must read the same."""
    by_source = defaultdict(set)
    for m in ts_tool.messages(I18N / "stegvis_nb.ts"):
        by_source[m.source].add((m.context == "", tuple(m.forms)))
    clashes = {s: v for s, v in by_source.items()
               if any(empty for empty, _ in v) and len({forms for _, forms in v}) > 1}
    assert not clashes


def test_placeholders_are_compared_as_a_multiset():
    assert ts_tool.placeholders("%1 of %2, %1") == Counter({"%1": 2, "%2": 1})
    assert ts_tool.placeholders("%n code(s) in “%s”") == Counter({"%n": 1, "%s": 1})
    assert ts_tool.placeholders("%Ln code(s), %L1") == Counter({"%Ln": 1, "%L1": 1})


# --- choosing the language ----------------------------------------------------------------------------
@pytest.mark.parametrize("name, expected", [
    ("nb_NO", "nb"), ("nn_NO", "nb"), ("no", "nb"), ("en_GB", "en"), ("de_DE", "en"), ("sv_SE", "en"), ("C", "en"),
])
def test_the_language_follows_the_system(name, expected):
    assert i18n.system_language(QLocale(name)) == expected
    assert i18n.choose_language(None, QLocale(name)) == expected
    assert i18n.choose_language("", QLocale(name)) == expected


def test_a_saved_choice_wins_over_the_system():
    assert i18n.choose_language("en", QLocale("nb_NO")) == "en"
    assert i18n.choose_language("nb", QLocale("en_US")) == "nb"
    assert i18n.choose_language("klingon", QLocale("nb_NO")) == "nb"


def test_the_choice_is_kept_in_the_settings():
    assert i18n.saved_choice() == ""
    i18n.save_choice("nb")
    from workbench.ui.settings import settings

    assert settings().value(i18n.SETTINGS_KEY) == "nb"
    assert i18n.saved_choice() == "nb"
    i18n.save_choice("")
    assert i18n.saved_choice() == ""


# --- at run time --------------------------------------------------------------------------------------
@pytest.fixture
def translations(qapp, built_qm, monkeypatch):
    """Install a language with ``translations("nb")``; English again afterwards."""
    monkeypatch.setattr(i18n, "translations_dir", lambda: built_qm)
    before = QLocale()
    yield lambda language: i18n.install(qapp, language)
    i18n.uninstall(qapp)
    QLocale.setDefault(before)


def _menus(window) -> list[QMenu]:
    found, todo = [], [a.menu() for a in window.menuBar().actions() if a.menu()]
    while todo:
        menu = todo.pop()
        found.append(menu)
        todo += [a.menu() for a in menu.actions() if a.menu()]
    return found


def _accelerator(text: str) -> str | None:
    i = text.replace("&&", "").find("&")
    return text.replace("&&", "")[i + 1].lower() if i >= 0 and i + 1 < len(text.replace("&&", "")) else None


def _visible_texts(window) -> dict[str, str]:
    """What a user reads first: menus, their entries, panel titles and page tabs."""
    texts = {}
    for j, menu in enumerate(_menus(window)):
        texts[f"menu {j}"] = menu.title()
        for i, action in enumerate(menu.actions()):
            if not action.isSeparator():
                texts[f"menu {j} #{i}"] = action.text()
    for dock in window.findChildren(type(window.documents_dock)):
        texts[f"dock {dock.objectName()}"] = dock.windowTitle()
    for i in range(window.reading.count()):
        texts[f"tab {i}"] = window.reading.tabText(i)
    return texts


#: The same in both languages (the languages are named in themselves in View -> Language).
SAME_IN_BOTH = {"Memo", *i18n.LANGUAGES.values()}


def test_the_window_shows_norwegian_including_the_strings_of_its_mixins(qtbot, translations):
    from workbench.ui import commands
    from workbench.ui.main_window import MainWindow

    english_window = MainWindow()
    qtbot.addWidget(english_window)
    english = _visible_texts(english_window)

    translations("nb")
    assert i18n.current_language() == "nb"
    assert QLocale().language() == QLocale.Language.NorwegianBokmal
    window = MainWindow()
    qtbot.addWidget(window)
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles[:6] == ["Fil", "Rediger", "Kode", "Vis", "Tester", "Hjelp"]
    assert window.act_invivo.text().replace("&", "") == "Kod in vivo"  # made in MainWindow
    window.code_in_vivo()  # CodingActions (a mixin): no selection, so it says why
    assert window.statusBar().currentMessage() == "Marker først et utdrag i dokumentet."
    assert window.tr("Select a passage in the document first.") == "Marker først et utdrag i dokumentet."
    assert commands.tr("Code in vivo") == "Kod in vivo"  # filed under the empty context
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"  # Qt's own dialogs

    norwegian = _visible_texts(window)
    untranslated = {k: v for k, v in norwegian.items()
                    if english.get(k) == v and v.replace("&", "") not in SAME_IN_BOTH}
    assert not untranslated, "still English in Norwegian"
    for menu in [window.menuBar(), *_menus(window)]:
        keys = [_accelerator(a.text()) for a in menu.actions() if not a.isSeparator()]
        keys = [k for k in keys if k]
        duplicates = sorted(k for k, n in Counter(keys).items() if n > 1)
        title = menu.title() if isinstance(menu, QMenu) else "menu bar"
        assert not duplicates, f"{title}: the accelerators {duplicates} are used twice"

    translations("en")
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.act_invivo.text() == "Code &In Vivo"
    assert commands.tr("Code in vivo") == "Code in vivo"


def test_the_language_menu_offers_the_system_and_each_language(qtbot, translations):
    i18n.save_choice("nb")
    menu = i18n.LanguageMenu()
    qtbot.addWidget(menu)
    actions = menu.group.actions()
    assert [a.data() for a in actions] == ["", "nb", "en"]
    assert [a.text() for a in actions][1:] == ["Norsk bokmål", "English"]
    assert [a.isChecked() for a in actions] == [False, True, False]
    with qtbot.waitSignal(menu.language_chosen) as chosen:
        actions[2].trigger()
    assert chosen.args == ["en"]


def test_switching_reopens_the_window_in_the_new_language_on_the_same_project(qtbot, translations, tmp_path):
    from workbench.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.new_project(tmp_path / "thesis.stegvis")

    norwegian = i18n.switch_language(window, "nb")
    qtbot.addWidget(norwegian)
    assert norwegian is not window and not window.isVisible()
    assert norwegian.menuBar().actions()[0].text() == "&Fil"
    assert norwegian.project is not None and norwegian.project.path.name == "thesis.stegvis"
    assert i18n.saved_choice() == "nb"

    english = i18n.switch_language(norwegian, "en")
    qtbot.addWidget(english)
    assert english.menuBar().actions()[0].text() == "&File"
    assert i18n.switch_language(english, "en") is english  # nothing to do
    english.close()


def test_a_missing_translation_leaves_english(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    before = QLocale()
    try:
        installed = i18n.install(qapp, "nb", tmp_path)
        assert all(not isinstance(t, i18n.Translator) for t in installed)
        assert QApplication.translate("MainWindow", "&File") == "&File"
        assert [code for code, _ in i18n.available_languages(tmp_path)] == ["en"]
    finally:
        i18n.uninstall(qapp)
        QLocale.setDefault(before)



def test_the_cores_messages_arrive_in_the_windows_language(qtbot, translations, tmp_path):
    """Errors made by the importers and the services (workbench/texts.py) follow
    the language installed, and are English again without one."""
    from workbench.importers import ImportFileError, read_transcript

    empty = tmp_path / "Intervju 1.txt"
    empty.write_bytes(b"")
    translations("nb")
    with pytest.raises(ImportFileError) as refused:
        read_transcript(empty)
    assert refused.value.problem == "filen er tom"
    i18n.uninstall(QApplication.instance())
    with pytest.raises(ImportFileError) as refused:
        read_transcript(empty)
    assert refused.value.problem == "the file is empty"


def test_a_refused_action_is_explained_in_norwegian(translations, tmp_project):
    from workbench.services.codes import create_code
    from workbench.services.errors import ServiceError

    create_code(tmp_project, "Ansatte må få hjelp")
    translations("nb")
    with pytest.raises(ServiceError) as refused:
        create_code(tmp_project, "Ansatte må få hjelp")
    assert str(refused.value) == "Det finnes allerede en kode som heter «Ansatte må få hjelp»."
