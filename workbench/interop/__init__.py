"""Exchange with other QDA programs through REFI-QDA (https://www.qdasoftware.org).

* :func:`export_qdc` writes the codebook (``.qdc``), :func:`export_qdpx` the whole
  project (``.qdpx``); both validate against the standard's schemas.
* :func:`import_qdc` merges a codebook into an open project;
  :func:`new_project_from_qdpx` makes a new project file from a ``.qdpx``.

A file that cannot be read raises :class:`RefiError` (file and a one-line
reason) and changes nothing: a codebook is merged in one transaction, a new
project is built in a temporary file renamed into place only at the end.
Everything the import changed or could not bring over is listed in the
returned :class:`RefiReport`. The conventions (how themes, groups, the rest
group and their numbers are written) are described in
:mod:`workbench.interop.refi_common`.
"""

from workbench.interop.refi_common import RefiError, RefiReport
from workbench.interop.refi_export import export_qdc, export_qdpx
from workbench.interop.refi_import import import_qdc, new_project_from_qdpx

__all__ = ["RefiError", "RefiReport", "export_qdc", "export_qdpx", "import_qdc", "new_project_from_qdpx"]
