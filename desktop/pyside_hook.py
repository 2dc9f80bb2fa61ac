"""A lighter answer to the question PySide6's import hook asks of every module.

Once imported, PySide6 wraps ``__import__`` and, for every module imported after it,
calls ``inspect.getsource`` on the module to see whether its text names PySide6: the
answer decides whether the module may opt into ``from __feature__ import snake_case``
(PYSIDE-2029). Reading a source through ``inspect`` and ``linecache`` costs ~0.2 ms a
module and keeps every source in memory; the start-up imports ~100 modules after Qt.
The file's bytes answer the same question ~10x faster. Anything that is not a plain
source file on disk still gets PySide's own answer.
"""
from __future__ import annotations

import sys


def install() -> bool:
    """Answer PySide's question from the file's bytes; False where PySide has no such hook."""
    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if upstream is None:
        return False
    if getattr(upstream, "reads_bytes", False):
        return True

    def uses_pyside(module) -> bool:
        spec = getattr(module, "__spec__", None)
        origin = getattr(spec, "origin", None) if spec is not None and spec.has_location else None
        if not isinstance(origin, str) or not origin.endswith(".py"):
            return upstream(module)
        try:
            with open(origin, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return upstream(module)

    uses_pyside.reads_bytes = True
    uses_pyside.upstream = upstream
    feature._mod_uses_pyside = uses_pyside
    return True
