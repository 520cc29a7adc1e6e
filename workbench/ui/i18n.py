"""The interface's language: Norwegian bokmål or English, following the system
unless the user chose one (View -> Language, kept in the setting "ui/language").

Source strings are English, marked with ``self.tr("...")`` in QObject subclasses
(and in the mixins of MainWindow) and ``QCoreApplication.translate("Context", "...")``
elsewhere; ``make translations-update`` collects them into resources/i18n/*.ts and
``make translations`` builds the .qm files loaded here (resources/i18n/README.md).

How a string finds its translation at run time:

* ``self.tr`` in PySide6 tries the name of every class in the object's MRO, in
  order, until one gives a translation. lupdate files a string under the class
  whose body holds the ``self.tr`` call, so a string written in the mixin
  ``CodingActions`` (context "CodingActions") is found for a MainWindow too.
* lupdate files calls it cannot tie to a class context under the empty context:
  the module-level ``tr()`` helper of commands.py (which asks for the empty
  context itself) and helpers that take ``tr`` as an argument
  (``role_labels(self.tr)``). :class:`Translator` falls back to the empty context
  for those.
* A count goes in as ``%Ln`` with the count as the third argument,
  ``self.tr("%Ln code(s)", "", n)``: each language's .qm has its plural forms,
  English's too ("1 code", "2 codes"), so English installs its .qm as well.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from workbench import texts
from workbench.resources import resources_dir

log = logging.getLogger(__name__)

#: The setting holding the user's choice ("nb", "en"); absent or "" follows the system.
SETTINGS_KEY = "ui/language"
#: The languages of the interface, each named in itself (never translated).
LANGUAGES = {"nb": "Norsk bokmål", "en": "English"}
#: Source strings are English: English needs no translation file to work.
SOURCE_LANGUAGE = "en"
NORWEGIAN = ("nb", "nn", "no")

_installed: list[QTranslator] = []
_language: str | None = None
_default_locale: QLocale | None = None
_windows: list = []


def translations_dir() -> Path:
    return resources_dir() / "i18n"


def qm_path(language: str, directory: Path | None = None) -> Path:
    return (directory or translations_dir()) / f"stegvis_{language}.qm"


def available_languages(directory: Path | None = None) -> list[tuple[str, str]]:
    """(code, name) of each language the interface can show: English always,
    the others when their built translation (.qm) is there."""
    return [(code, name) for code, name in LANGUAGES.items()
            if code == SOURCE_LANGUAGE or qm_path(code, directory).is_file()]


def system_language(locale: QLocale | None = None) -> str:
    """ "nb" when the system's (first) interface language is Norwegian (bokmål,
    nynorsk or plain "no"), otherwise "en"."""
    locale = locale if locale is not None else QLocale.system()
    tags = [t for t in locale.uiLanguages() if t] or [locale.name()]
    primary = tags[0].replace("_", "-").split("-")[0].lower()
    if primary in NORWEGIAN or locale.language() in (QLocale.Language.NorwegianBokmal,
                                                     QLocale.Language.NorwegianNynorsk):
        return "nb"
    return "en"


def choose_language(settings_value=None, locale: QLocale | None = None) -> str:
    """The language to show: a saved choice wins; otherwise the system's."""
    choice = str(settings_value or "").strip().lower()
    if choice in LANGUAGES:
        return choice
    return system_language(locale)


def saved_choice() -> str:
    """The user's choice ("nb", "en"), or "" to follow the system."""
    from workbench.ui import settings as prefs

    value = str(prefs.settings().value(SETTINGS_KEY, "") or "")
    return value if value in LANGUAGES else ""


def save_choice(choice: str) -> None:
    from workbench.ui import settings as prefs

    s = prefs.settings()
    if choice in LANGUAGES:
        s.setValue(SETTINGS_KEY, choice)
    else:
        s.remove(SETTINGS_KEY)
    s.sync()


def installed() -> bool:
    """Whether a language has been installed (and not uninstalled since)."""
    return _language is not None


def current_language() -> str:
    """The language installed last (English before any install)."""
    return _language or SOURCE_LANGUAGE


class Translator(QTranslator):
    """A QTranslator that falls back to the empty context, where lupdate files
    strings it cannot tie to a class (see the module's description)."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        text = super().translate(context, source_text, disambiguation, n)
        if not text and context:
            text = super().translate("", source_text, disambiguation, n)
        # None (a null QString) lets Qt ask the next translator, then use the source.
        return text or None


def translate_count(obj: QObject, text: str, disambiguation: str | None, n: int) -> str:
    """``obj.tr(text, disambiguation, n)`` for an object whose strings are written
    in several classes (MainWindow and its mixins). PySide6's tr asks the classes
    of the MRO in turn and takes the first answer that differs from the text; with
    a count every answer differs (``%n`` is filled in even where nothing is
    translated), so the first class would always win and the mixin's plural forms
    would never be found. The class that has the string is found without the count."""
    for cls in type(obj).__mro__:
        if QCoreApplication.translate(cls.__name__, text, disambiguation) != text:
            return QCoreApplication.translate(cls.__name__, text, disambiguation, n)
    return QCoreApplication.translate("", text, disambiguation, n)


def locale_for(language: str) -> QLocale:
    """Dates and numbers follow the interface: Norwegian (Norway) for bokmål;
    for English the system's locale when it is English, else British English."""
    if language == "nb":
        return QLocale("nb_NO")
    system = QLocale.system()
    if system.language() in (QLocale.Language.English, QLocale.Language.C):
        return system
    return QLocale("en_GB")


def _qt_translator(language: str, directory: Path) -> QTranslator | None:
    """Qt's own texts (dialog buttons, text-field menus, file dialog): Qt's
    qtbase_<language>.qm when it ships one, else our resources/i18n/qtbase_<language>.qm
    (Qt ships nynorsk but no bokmål)."""
    if language == SOURCE_LANGUAGE:
        return None
    qt = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(locale_for(language), "qtbase", "_", qt_dir) or qt.load(str(directory / f"qtbase_{language}.qm")):
        return qt
    return None


def install(app: QCoreApplication, language: str, directory: Path | None = None) -> list[QTranslator]:
    """Show the interface in ``language`` ("nb" or "en") from now on: removes the
    translators installed before, installs Qt's and ours, and makes dates and
    numbers follow (QLocale.setDefault). Widgets made before keep their texts:
    reopen the window (:func:`switch_language`). Returns the installed translators."""
    global _language, _default_locale
    directory = directory or translations_dir()
    uninstall(app)
    if _default_locale is None:
        _default_locale = QLocale()
    language = language if language in LANGUAGES else SOURCE_LANGUAGE
    installed: list[QTranslator] = []
    qt = _qt_translator(language, directory)
    if qt is not None:
        installed.append(qt)
    # English is the source language: its .qm gives every string back as it is but for
    # the plural forms ("%n code(s)": "1 code", "2 codes"). Qt's own QTranslator serves
    # it: a translator in Python would be asked for each of the thousands of texts Qt
    # translates, and English needs no fallback to the empty context (commands.py asks
    # there itself, and strings that differ from their source are only those with %n).
    ours = Translator() if language != SOURCE_LANGUAGE else QTranslator()
    if ours.load(str(qm_path(language, directory))):
        installed.append(ours)
    else:
        log.warning("No translation %s (run `make translations`); the interface stays English%s",
                    qm_path(language, directory), " with “(s)” plurals" if language == SOURCE_LANGUAGE else "")
    for translator in installed:  # the last installed is asked first: ours before Qt's
        app.installTranslator(translator)
    _installed[:] = installed
    _language = language
    QLocale.setDefault(locale_for(language))
    texts.install(QCoreApplication.translate)  # the core's messages (workbench/texts.py)
    return installed


def uninstall(app: QCoreApplication) -> None:
    """Back to the English source strings and the locale from before :func:`install`."""
    global _language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _language = None
    texts.install(None)
    if _default_locale is not None:
        QLocale.setDefault(_default_locale)


def install_at_start(app: QCoreApplication) -> str:
    """At start: the saved choice, or the system's language. Returns it."""
    language = choose_language(saved_choice())
    install(app, language)
    return language


class LanguageMenu(QMenu):
    """View -> Language: follow the system, or one of the languages (each named in
    itself). Choosing emits ``language_chosen`` with "nb", "en" or "" (the system)."""

    language_chosen = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("languageMenu")
        self.setTitle(self.tr("Lang&uage"))
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        choice = saved_choice()
        system = QAction(self.tr("As the System (%1)").replace("%1", LANGUAGES[system_language()]), self.group)
        system.setData("")
        languages = []
        for code, name in available_languages():
            action = QAction(name, self.group)
            action.setData(code)
            languages.append(action)
        for action in [system, *languages]:
            action.setCheckable(True)
            action.setChecked(action.data() == choice)
            action.triggered.connect(lambda _=False, a=action: self.language_chosen.emit(a.data()))
        self.addAction(system)
        self.addSeparator()
        self.addActions(languages)


def switch_language(window, choice: str, ask: bool = True):
    """Save ``choice`` ("nb", "en", or "" for the system) and show it at once by
    reopening the main window on the same project (texts are set when widgets are
    made, so a new window is the sure way). The project is saved with every change;
    only the undo history starts afresh, so with undo steps the user is asked
    first ("later" keeps the choice for the next start). Returns the window shown."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    save_choice(choice)
    language = choose_language(choice)
    if language == current_language():
        return window
    if ask and window.controller.undo_stack.count() > 0:
        answer = QMessageBox.question(
            window, QCoreApplication.translate("Language", "Change the Language"),
            QCoreApplication.translate(
                "Language", "Reopen the window in %1 now? Your work is saved; the undo history starts afresh."
            ).replace("%1", LANGUAGES[language]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            window.statusBar().showMessage(
                QCoreApplication.translate("Language", "The language changes the next time Stegvis starts."), 8000)
            return window
    return reopen_window(window, lambda: install(QApplication.instance(), language))


def reopen_window(window, before_new=None):
    """Close ``window`` (it saves its place and layout and lets go of the project),
    then open a new main window on the same project. ``before_new`` runs in between
    (installing the new language). Returns the new window, or the old one when it
    would not close."""
    from PySide6.QtWidgets import QApplication

    from workbench.ui.main_window import MainWindow

    app = QApplication.instance()
    project = window.controller.path
    read_only = bool(getattr(window.controller, "read_only_reason", ""))
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # between the two windows there is none
    try:
        if not window.close():
            return window
        if before_new is not None:
            before_new()
        new = MainWindow()
        new.show()
        if project is not None:
            if read_only:
                new.open_project(project, remember=False, read_only=True)
            else:
                new.open_project(project, remember=False)
    finally:
        app.setQuitOnLastWindowClosed(quit_on_close)
    _windows[:] = [w for w in _windows if w is not window] + [new]  # keep the new window alive
    window.deleteLater()
    return new
