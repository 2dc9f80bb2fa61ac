"""Start-up counted in instructions: the same figure on a busy machine as on an idle one.

    python tests/perf/instructions.py [--messages N]

Wall-clock start-up on a shared machine moves by ±20 % from one run to the next, more
than most changes to it. This runs the bare PySide6 window and the app (to the inbox
filled) under valgrind's callgrind and prints the instructions of each one's GUI thread,
which repeat to within 0.1 %. Compare two commits with it before a change and after.
Needs valgrind; takes about a minute.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench  # noqa: E402

# The bench's app start-up, made repeatable: the inbox's parts and the first reminder
# check are not built ahead (their timers would fire wherever valgrind's slowness puts
# them), and the wait for the list sleeps rather than spins.
APP = r"""
import os, sys
import desktop.main_window as main_window
main_window.PARTS_AFTER_MS = 10 ** 7
from desktop.app import create_application
from desktop.launcher import open_window
from PySide6.QtCore import QEventLoop
app = create_application()
w = open_window(sys.argv[1])
w._first_check.stop()
w.show()
app.processEvents()
inbox = w.view("inbox")
while inbox.model.rowCount() == 0:
    app.processEvents(QEventLoop.WaitForMoreEvents)
app.processEvents()
w.grab()
os._exit(0)
"""


def gui_thread_instructions(code: str, db: Path) -> int:
    with tempfile.TemporaryDirectory(prefix="sportello-callgrind-") as tmp:
        out = Path(tmp) / "callgrind.out"
        env = {**os.environ, "QT_QPA_PLATFORM": bench.OFFSCREEN, "PYTHONPATH": str(bench.ROOT),
               "PYTHONHASHSEED": "0"}
        subprocess.run(["valgrind", "--tool=callgrind", "--separate-threads=yes", f"--callgrind-out-file={out}",
                        sys.executable, "-c", code, str(db)], env=env, check=True, capture_output=True)
        first = sorted(Path(tmp).glob("callgrind.out-01"))[0]  # thread 1: the GUI thread
        return int(re.search(r"^summary: (\d+)", first.read_text(), re.M).group(1))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    bench.installed_like()
    db = bench.build(args.messages)
    bare = gui_thread_instructions(bench.STARTUP_BARE, db)
    app = gui_thread_instructions(APP, db)
    print(f"bare window shown: {bare / 1e6:,.0f} M instructions")
    print(f"app, inbox filled: {app / 1e6:,.0f} M instructions ({app / bare:.2f}x the bare window)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
