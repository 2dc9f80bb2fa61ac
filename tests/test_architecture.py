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
