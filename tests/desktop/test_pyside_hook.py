"""PySide6's import hook keeps its answers when it reads bytes instead of sources."""
import importlib
import sys

import pytest

import desktop.app  # noqa: F401  (installs the lighter hook)


@pytest.fixture
def hook():
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not hasattr(feature, "_mod_uses_pyside"):
        pytest.skip("this PySide6 has no feature hook")
    return feature._mod_uses_pyside


def test_the_hook_is_installed_once(hook):
    from desktop import pyside_hook

    assert hook.reads_bytes
    assert pyside_hook.install()
    assert sys.modules["shibokensupport.feature"]._mod_uses_pyside is hook


def test_same_answers_as_pyside(hook, tmp_path, monkeypatch):
    (tmp_path / "names_qt.py").write_text("# built on PySide6\nVALUE = 1\n", encoding="utf-8")
    (tmp_path / "plain_mod.py").write_text("VALUE = 'Pyside 6 is not named here'\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    modules = [importlib.import_module(n) for n in ("names_qt", "plain_mod", "desktop.theme", "db.text", "sys",
                                                    "os", "json")]
    answers = [hook(m) for m in modules]
    assert answers[:4] == [True, False, True, False]
    assert answers == [hook.upstream(m) for m in modules]
