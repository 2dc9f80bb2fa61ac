import csv
import subprocess
import sys

from tests.db.test_leads import META_ROWS, meta_file


def sportello(*args):
    return subprocess.run([sys.executable, "-m", "desktop", *map(str, args)], capture_output=True, text=True,
                          timeout=120)


def test_import_then_export_leads(tmp_path):
    db = tmp_path / "l.db"
    source = tmp_path / "leads.csv"
    source.write_bytes(meta_file())
    out = sportello("--db", db, "import", "leads", source)
    assert out.returncode == 0, out.stderr
    assert "2 new lead(s)" in out.stdout
    out = sportello("--db", db, "import", "leads", source)
    assert "0 new lead(s), 2 merged" in out.stdout
    target = tmp_path / "out.csv"
    out = sportello("--db", db, "export", "leads", target)
    assert out.returncode == 0, out.stderr
    with open(target, encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0][:8] == ["full_name", "email", "phone", "stage", "owner", "creator", "created_time", "labels"]
    assert len(rows) == 3


def test_invalid_rows_exit_1_and_name_each_row(tmp_path):
    db = tmp_path / "l.db"
    bad = META_ROWS + [["l:9", "", "", "", "", "", "", "", "", "", "2", "", "", "", "X", "bad@", ""]]
    source = tmp_path / "bad.csv"
    source.write_bytes(meta_file(bad))
    out = sportello("--db", db, "import", "leads", source)
    assert out.returncode == 1
    assert "row 3:" in out.stderr and "nothing imported" in out.stderr
    out = sportello("--db", db, "import", "leads", source, "--skip-invalid")
    assert out.returncode == 0 and "2 new lead(s)" in out.stdout and "1 skipped" in out.stdout
    assert "row 3:" in out.stderr


def test_unreadable_file_is_a_clear_error(tmp_path):
    db = tmp_path / "l.db"
    source = tmp_path / "latin.csv"
    source.write_bytes("name\nJosé\n".encode("latin-1"))
    out = sportello("--db", db, "import", "leads", source)
    assert out.returncode == 1 and "UTF-8" in out.stderr and "Traceback" not in out.stderr
    out = sportello("--db", db, "import", "leads", tmp_path / "missing.csv")
    assert out.returncode == 1 and "cannot read" in out.stderr
