"""The project file: one SQLite database per project, through SQLAlchemy 2."""
