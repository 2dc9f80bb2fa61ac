"""PySide6-Essentials 6.12.0 on Python 3.11 aborts after a few thousand void Qt
calls ("Fatal Python error: none_dealloc"). pyproject.toml's bounds avoid it;
this proves the installed pair survives 20,000 of them."""
import subprocess
import sys

PROBE = r"""
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for i in range(20_000):
    label.setText("x")      # void
    label.setEnabled(True)  # void
print("survived")
"""


def test_twenty_thousand_void_qt_calls_survive():
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "survived"
