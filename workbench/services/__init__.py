"""One function per user action, one transaction each, returning what changed.

The UI calls these (through undo commands); so do the command line, the tests
and the benchmarks. Nothing here imports Qt.
"""
