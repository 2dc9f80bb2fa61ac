"""The bundle against the virtual environment: size on disk, and the time from starting
``sportello --db DEMO screenshots DIR --view inbox`` to its exit (interpreter start,
imports, the database opened, the inbox drawn and saved), the two run in turns.

    python resources/packaging/build.py && python tests/perf/bundle.py
"""
from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "sportello" / "sportello"


def size_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


def main(runs: int = 7) -> int:
    if not BUNDLE.exists():
        print("build the bundle first: python resources/packaging/build.py", file=sys.stderr)
        return 2
    venv_cmd = [str(Path(sys.executable).with_name("sportello"))]
    tmp = Path(tempfile.mkdtemp(prefix="sportello-bundle-bench-"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp), "XDG_CONFIG_HOME": str(tmp / "config")}
    db = tmp / "demo.db"
    subprocess.run([str(BUNDLE), "--db", str(db), "demo"], check=True, env=env, capture_output=True)
    times: dict[str, list[float]] = {"bundle": [], "venv": []}
    for run in range(runs + 1):
        for name, cmd in (("bundle", [str(BUNDLE)]), ("venv", venv_cmd)):
            start = time.perf_counter()
            subprocess.run([*cmd, "--db", str(db), "screenshots", str(tmp / name), "--view", "inbox"], check=True,
                           env=env, capture_output=True)
            if run:  # the first run only warms the disk cache
                times[name].append((time.perf_counter() - start) * 1000)
    shutil.rmtree(tmp, ignore_errors=True)
    site = Path(sysconfig.get_paths()["purelib"])
    print(f"| bundle size (dist/sportello) | {size_mb(BUNDLE.parent):.0f} MB |")
    print(f"| virtual environment's packages (site-packages, test tools included) | {size_mb(site):.0f} MB |")
    for name in ("bundle", "venv"):
        print(f"| {name}: start to the inbox drawn and saved (median of {runs}) | {statistics.median(times[name]):.0f} ms |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
