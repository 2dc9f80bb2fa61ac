"""db/ is the product's brain and has no Qt (DESIGN.md rule 1), mechanically."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = ("PySide6", "pyqtgraph", "desktop", "shiboken6")


def imported_modules(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module
        elif (isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", ""))
              in ("import_module", "__import__") and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            yield node.lineno, node.args[0].value


def test_db_never_imports_qt_or_desktop():
    offenders = []
    files = sorted((ROOT / "db").rglob("*.py"))
    assert files, "db/ has no Python files?"
    for path in files:
        for lineno, module in imported_modules(path):
            if module.split(".")[0] in FORBIDDEN:
                offenders.append(f"{path.relative_to(ROOT)}:{lineno} imports {module}")
    assert offenders == []


def test_the_checker_catches_a_qt_import(tmp_path):
    sample = tmp_path / "bad.py"
    sample.write_text("import os\nfrom PySide6.QtCore import Qt\nimportlib.import_module('desktop.app')\n")
    found = [m for _, m in imported_modules(sample) if m.split(".")[0] in FORBIDDEN]
    assert found == ["PySide6.QtCore", "desktop.app"]


def test_no_rich_text_sinks_in_desktop():
    """setHtml / setMarkdown / RichText are forbidden: customer text must stay plain."""
    hits = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if any(s in line for s in (".setHtml(", ".setMarkdown(", "Qt.RichText", "Qt.AutoText")):
                hits.append(f"{path.relative_to(ROOT)}:{lineno}: {line.strip()}")
    assert hits == []


# --- every sink of customer text goes through desktop/widgets/text.py --------------------------
# In the manner of qutebrowser's scripts/dev/misc_checks.py: the pattern is forbidden
# mechanically, not by review. Our own fixed strings go through the helper too: the checker
# cannot tell them from a customer's.
SINKS = {
    ".setToolTip(": "set_tooltip()",
    "QToolTip.showText(": "show_tooltip()",
    ".setWindowTitle(": "set_window_title()",
    ".setStatusTip(": "set_status_tip()",
    ".showMessage(": "notify_desktop()",
    "QLabel(": "plain_label()",
    "QMessageBox(": "message_box()",
    "QMessageBox.warning(": "message_box()",
    "QMessageBox.information(": "message_box()",
    "QMessageBox.critical(": "message_box()",
    "QMessageBox.question(": "message_box()",
}
TEXT_HELPERS = ROOT / "desktop" / "widgets" / "text.py"


def sink_uses(path: Path):
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        code = line.split("#", 1)[0]
        for sink, helper in SINKS.items():
            if sink in code and "isinstance" not in code and "findChildren" not in code:
                yield f"{path.relative_to(ROOT)}:{lineno}: {sink} — use {helper}"


def test_text_sinks_only_through_the_helper_module():
    hits = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        if path != TEXT_HELPERS:
            hits.extend(sink_uses(path))
    assert hits == []


def test_item_models_escape_their_tooltips():
    """A model's ToolTipRole answers with tooltip_text(...), never the row's text itself."""
    hits = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if "ToolTipRole" in text and path != TEXT_HELPERS and "tooltip_text(" not in text:
            hits.append(str(path.relative_to(ROOT)))
    assert hits == []


def test_the_sink_checker_catches_a_direct_use(tmp_path):
    sample = ROOT / "desktop" / "_sample_for_test.py"
    try:
        sample.write_text("w.setToolTip(name)\nbox = QMessageBox(parent)\nok = isinstance(w, QLabel)\n")
        found = list(sink_uses(sample))
    finally:
        sample.unlink()
    assert [f.split(": ")[1].split(" — ")[0] for f in found] == [".setToolTip(", "QMessageBox("]


def test_no_sql_in_desktop():
    """desktop/ shows data and forwards intent; queries live in db/ (DESIGN.md rule 1)."""
    hits = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "execute_sql(" in line or ".execute(\"" in line or "executemany(" in line:
                hits.append(f"{path.relative_to(ROOT)}:{lineno}")
    assert hits == []


def test_parts_mixed_into_a_window_translate_in_its_context():
    """A part of a window that is not a Qt class itself (ListPanePart, MenusPart, …) runs
    ``self.tr`` in the window's class context, while lupdate files the string under the
    part's name: the translation is never found. Parts name their context."""
    import ast

    offenders = []
    for path in (ROOT / "desktop").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            if any(not (isinstance(b, ast.Name) and b.id == "object") for b in cls.bases):
                continue  # a Qt class (or one of ours built on one): its own context
            for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):
                func = call.func
                if isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name) \
                        and func.value.id == "self":
                    offenders.append(f"{path.relative_to(ROOT)}:{call.lineno} ({cls.name})")
    assert offenders == []
