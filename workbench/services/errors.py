"""Errors a user can cause and fix: the message says what and how."""


class ServiceError(Exception):
    """A user action that cannot be carried out; the project is unchanged."""
