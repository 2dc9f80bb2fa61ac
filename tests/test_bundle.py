"""The bundle a shop owner installs: built with PyInstaller, run with no Python around it."""
import os
from db.sqlite import has_wal_reset_fix, sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(sys.platform != "linux", reason="the Linux bundle is the one built here")]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    pytest.importorskip("PyInstaller", reason="the bundle extra is not installed")
    out = tmp_path_factory.mktemp("bundle")
    done = subprocess.run([sys.executable, str(ROOT / "resources" / "packaging" / "build.py"),
                           "--dist", str(out / "dist"), "--work", str(out / "work")],
                          capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return out / "dist" / "sportello"


def bare_env(home: Path) -> dict:
    """No virtual environment, no Python path: only the system's own folders on PATH."""
    venv = os.path.dirname(sys.executable)
    path = os.pathsep.join(p for p in os.environ.get("PATH", "").split(os.pathsep)
                           if p and os.path.realpath(p) != os.path.realpath(venv))
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "VIRTUAL_ENV", "CONDA", "QT_PLUGIN", "QML"))}
    env.update(PATH=path, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               QT_QPA_PLATFORM="offscreen")
    return env


def test_the_bundle_runs_the_demo_and_the_screenshots_without_python(bundle, tmp_path):
    exe = bundle / "sportello"
    assert exe.is_file() and os.access(exe, os.X_OK)
    assert (bundle / "sportello.desktop").read_text().count("Exec=sportello") == 1
    assert (bundle / "sportello.png").stat().st_size > 1000
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = bare_env(tmp_path / "home")

    def run(*args):
        return subprocess.run([str(exe), *map(str, args)], cwd=outside, env=env, capture_output=True, text=True,
                              timeout=300)

    version = run("--version")
    assert version.returncode == 0 and version.stdout.startswith("Sportello "), version.stderr
    assert "unknown" not in version.stdout  # the package's metadata came along
    bundled_sqlite = tuple(int(p) for p in version.stdout.split("SQLite ")[1].split()[0].split("."))
    assert has_wal_reset_fix(bundled_sqlite), version.stdout  # pysqlite3's SQLite came along
    db = outside / "shop.db"
    demo = run("--db", db, "demo")
    assert demo.returncode == 0, demo.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM conversation").fetchone()[0] > 100
    assert "conversations" in demo.stdout
    shots = run("--db", db, "screenshots", outside / "shots")
    assert shots.returncode == 0, shots.stderr
    for view in ("inbox", "leads", "calendar", "insights", "settings"):
        picture = outside / "shots" / f"{view}.png"
        assert picture.stat().st_size > 20_000, view  # a drawn window, not an empty one
    # Nothing the first screen does not need: no test tools, no Tk, no QML inside.
    names = {p.name for p in bundle.rglob("*")}
    assert not any(n.startswith(("libQt6Qml", "libQt6Quick", "_tkinter", "libtk")) for n in names)
    assert not (bundle / "_internal" / "pytest").exists()


def test_the_bundle_works_on_a_teams_server(bundle, pg_url, tmp_path):
    """psycopg and its compiled half come along: the bundle fills a PostgreSQL database."""
    from db.database import close_database, open_database
    from db.models import Conversation

    env = bare_env(tmp_path / "home")
    done = subprocess.run([str(bundle / "sportello"), "--db", pg_url, "demo"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "secret-of-the-tests" not in done.stdout + done.stderr  # (the password in the address)
    open_database(pg_url)
    try:
        assert Conversation.select().count() > 100
    finally:
        close_database()
