"""Help -> Guide: the way through a project, step by step, for a first-time user."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout


class GuideDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guide"))
        browser = QTextBrowser(self)
        browser.setOpenExternalLinks(False)
        browser.setHtml(self.guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        self.browser = browser
        self.resize(720, 640)

    def guide_html(self) -> str:
        sections = [
            (self.tr("1. Import your transcripts"),
             self.tr("File → New Project, then File → Import Documents (Ctrl+Shift+I) or Import a Folder. Word, "
                     "OpenDocument, RTF, PDF, text and subtitle files come in with their text exactly as written. "
                     "Document Properties (Alt+Enter) hold each informant's role and attributes.")),
            (self.tr("2. Code close to the data"),
             self.tr("Read a transcript from start to end. Select the informant's own words and press Ctrl+I: "
                     "an in-vivo code named after them. Ctrl+K codes with a code you already have. Code one "
                     "transcript to the end, then the next, reusing codes and adding new ones.")),
            (self.tr("3. Group the codes"),
             self.tr("Open the Grouping Board (Ctrl+B). Make a group from one code, skim every code and move "
                     "those that fit; repeat. Put codes of little relevance in the rest group. Then rename each "
                     "group to state the essence of its codes, and gather the groups in a few themes.")),
            (self.tr("4. Test, step by step"),
             self.tr("Tests → Run the Code Test (Ctrl+T): could the code have been made before the coding? Does it "
                     "tell what was said, or only what was talked about? Then the Grouping Test, and for concepts "
                     "the Concept Test. The SDI Overview shows where the analysis stands. If your supervisor words "
                     "the tests differently, Tests → Wording of the Tests takes their words.")),
            (self.tr("5. Write it up"),
             self.tr("File → Export → the Codebook for the thesis appendix, and the Quotes for the results "
                     "chapter. Save a Version before meeting your supervisor; Versions shows what changed.")),
        ]
        return "".join(f"<h3>{title}</h3><p>{body}</p>" for title, body in sections)
