"""Errors a user can cause and fix: the message says what and how."""

from workbench.texts import fill, translate


class ServiceError(Exception):
    """A user action that cannot be carried out; the project is unchanged."""


def gone(kind: str) -> str:
    """“The code no longer exists.” for a kind of item (code, group, theme,
    document, concept), in the user's language."""
    if kind == "code":
        return translate("CoreServices", "The code no longer exists.")
    if kind == "group":
        return translate("CoreServices", "The group no longer exists.")
    if kind == "theme":
        return translate("CoreServices", "The theme no longer exists.")
    if kind == "document":
        return translate("CoreServices", "The document no longer exists.")
    if kind == "concept":
        return translate("CoreServices", "The concept no longer exists.")
    return fill(translate("CoreServices", "The %1 no longer exists."), kind)
