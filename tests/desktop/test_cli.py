import os
from db.sqlite import sqlite3
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from desktop.commands import COMMANDS

COMMAND_NAMES = ([{"importing": "import", "page": "connect", "copy": "copy-to"}.get(c, c) for c in COMMANDS]
                 + ["restore", "sync"])


def sportello(*args, tmp_path=None, timeout=120):
    env = dict(os.environ)
    if tmp_path is not None:
        env["HOME"] = str(tmp_path)
        env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
        env["XDG_DATA_HOME"] = str(tmp_path / "data")
    return subprocess.run([sys.executable, "-m", "desktop", *map(str, args)], capture_output=True,
                          text=True, timeout=timeout, env=env)


def test_help_lists_every_subcommand():
    out = sportello("--help")
    assert out.returncode == 0
    for name in COMMAND_NAMES:
        assert name in out.stdout
    assert "--demo" in out.stdout and "--db" in out.stdout


@pytest.mark.parametrize("command", COMMAND_NAMES)
def test_each_subcommand_has_help(command):
    out = sportello(command, "--help")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith(f"usage: sportello {command}")


def test_demo_needs_a_database_and_fills_it_once(tmp_path):
    out = sportello("demo", tmp_path=tmp_path)
    assert out.returncode == 2 and "--db" in out.stderr
    path = tmp_path / "pizzeria.db"
    out = sportello("--db", path, "demo", "--messages", 2000, tmp_path=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "conversations" in out.stdout
    conn = sqlite3.connect(path)
    messages = conn.execute("SELECT count(*) FROM message").fetchone()[0]
    conn.close()
    assert 1500 <= messages <= 2000
    # A second run would mix two businesses: refused, nothing changed.
    out = sportello("demo", "--db", path, tmp_path=tmp_path)
    assert out.returncode == 1 and "already holds conversations" in out.stderr
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM message").fetchone()[0] == messages
    conn.close()


def test_demo_on_a_server_never_shows_its_password(pg_url, tmp_path):
    password = "secret-of-the-tests"
    assert password in pg_url
    out = sportello("--db", pg_url, "demo", "--messages", 500, tmp_path=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "conversations" in out.stdout and ":•••@" in out.stdout
    again = sportello("--db", pg_url, "demo", tmp_path=tmp_path)  # refused: it holds a business
    assert again.returncode == 1 and "already holds conversations" in again.stderr
    assert password not in out.stdout + out.stderr + again.stdout + again.stderr


def test_the_data_commands_work_on_a_server_and_say_plainly_when_it_refuses(pg_url, tmp_path):
    assert sportello("--db", pg_url, "demo", "--messages", 300, tmp_path=tmp_path).returncode == 0
    metrics = sportello("--db", pg_url, "metrics", "--json", tmp_path=tmp_path)
    assert metrics.returncode == 0 and '"requests"' in metrics.stdout, metrics.stderr
    exported = sportello("--db", pg_url, "export", "leads", tmp_path / "leads.csv", tmp_path=tmp_path)
    assert exported.returncode == 0, exported.stderr
    rows = (tmp_path / "leads.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) > 1 and rows[0].startswith("full_name")
    found = sportello("--db", pg_url, "duplicates", "--json", tmp_path=tmp_path)
    assert found.returncode == 0 and found.stdout.startswith("["), found.stderr
    imported = sportello("--db", pg_url, "import", "leads", tmp_path / "leads.csv", tmp_path=tmp_path)
    assert imported.returncode == 0 and "merged" in imported.stdout, imported.stderr
    wrong = pg_url.replace("secret-of-the-tests", "not-the-password")
    for command in (("metrics",), ("export", "leads", tmp_path / "x.csv"), ("duplicates",), ("demo",)):
        out = sportello("--db", wrong, *command, tmp_path=tmp_path)
        assert out.returncode == 1, (command, out.stderr)
        assert "Traceback" not in out.stderr and "not-the-password" not in out.stderr
        assert "password" in out.stderr.lower() and ":•••@" in out.stderr


def test_screenshots_renders_each_view(demo_db, tmp_path):
    shots = tmp_path / "shots"
    out = sportello("--db", demo_db, "screenshots", shots, tmp_path=tmp_path)
    assert out.returncode == 0, out.stderr
    names = sorted(p.name for p in shots.iterdir())
    assert names == sorted(f"{v}.png" for v in ("inbox", "leads", "calendar", "insights", "settings"))
    for name in names:
        image = QImage(str(shots / name))
        assert (image.width(), image.height()) == (1280, 800)
    # The inbox picture has its most recent conversation open: not a blank thread pane.
    inbox = QImage(str(shots / "inbox.png"))
    colours = {inbox.pixel(x, y) for x in range(560, 1000, 7) for y in range(100, 300, 7)}
    assert len(colours) > 3


def test_screenshots_of_one_view(demo_db, tmp_path):
    out = sportello("--db", demo_db, "screenshots", tmp_path / "one", "--view", "leads",
                    "--theme", "dark", tmp_path=tmp_path)
    assert out.returncode == 0, out.stderr
    assert [p.name for p in (tmp_path / "one").iterdir()] == ["leads.png"]
    image = QImage(str(tmp_path / "one" / "leads.png"))
    assert image.pixelColor(640, 700).lightness() < 80  # dark theme


def test_demo_speaks_the_language_chosen_in_settings(tmp_path):
    # Where QSettings keeps ui/language on Linux: the Settings → Language choice.
    ini = tmp_path / "config" / "Sportello" / "Sportello.conf"
    ini.parent.mkdir(parents=True)
    ini.write_text("[ui]\nlanguage=ro\n", encoding="utf-8")
    path = tmp_path / "ro.db"
    out = sportello("--db", path, "demo", "--messages", 500, tmp_path=tmp_path)
    assert out.returncode == 0, out.stderr
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT value FROM setting WHERE key = 'business.name'").fetchone()[0] == '"Pizzeria La Gino"'
    conn.close()
    # --flavour wins over the setting.
    path = tmp_path / "zh.db"
    out = sportello("--db", path, "demo", "--messages", 500, "--flavour", "zh_CN", tmp_path=tmp_path)
    assert out.returncode == 0, out.stderr
    conn = sqlite3.connect(path)
    assert "基诺披萨" in conn.execute("SELECT value FROM setting WHERE key = 'business.name'").fetchone()[0]
    conn.close()
