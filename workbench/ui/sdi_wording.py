"""The wording of SDI's tests on their pages: the bundled wording in the
interface's language until a project's own is set (TestingActions)."""

from __future__ import annotations

from workbench.domain.sdi_settings import TestTexts, load_settings
from workbench.ui import i18n


def bundled_test(test_id: str) -> TestTexts:
    """A test's name, help and questions as checks.json words them."""
    return load_settings(i18n.current_language()).test(test_id)


def answer_labels(test: TestTexts, question_id: str) -> tuple[str | None, str | None, dict[str, str]]:
    """A question's text, help and answer labels by answer id (None, None, {}
    when the test has no such question)."""
    for question in test.questions:
        if question.id == question_id:
            return question.text, question.help, {a.id: a.label for a in question.answers}
    return None, None, {}
