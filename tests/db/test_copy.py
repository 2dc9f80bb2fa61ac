"""Moving in: a workstation's file copied to a team's PostgreSQL and back (db/copy.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from db import copy, demo, models
from db.database import close_database, database, engine, open_database, standalone
from tests.conftest import NOW


def _everything() -> dict:
    """Each table's rows as the models read them, in id order."""
    found = {}
    for model in models.ALL_MODELS:
        fields = model._meta.sorted_fields
        rows = [tuple(f.python_value(v) for f, v in zip(fields, row))
                for row in model.select(*fields).tuples().iterator()]
        found[model._meta.table_name] = sorted(rows, key=repr)
    return found


def test_a_workstations_file_goes_to_the_server_and_comes_back_the_same(db_path, pg_url, tmp_path):
    demo.generate(seed=7, now=NOW)
    from db import team
    team.add_member("Zoë «<b>x</b>»", "'; DROP TABLE lead; --")  # text as customers and staff write it
    before = _everything()
    assert sum(len(rows) for rows in before.values()) > 1000
    seen = []
    copied = copy.copy_to(pg_url, progress=lambda table, done, total: seen.append((table, done, total)))
    assert {c.table: c.rows for c in copied} == {t: len(r) for t, r in before.items()}
    assert ("message", len(before["message"]), len(before["message"])) in seen

    open_database(pg_url)
    assert engine() == "postgresql"
    assert _everything() == before
    # The ids go on after the copied ones.
    new_id = models.TeamMember.insert(first_name="Nuovo").execute()
    assert new_id > max(row[0] for row in before["team_member"])
    models.TeamMember.delete().where(models.TeamMember.id == new_id).execute()

    back = tmp_path / "back.db"
    copy.copy_to(back)
    open_database(back)
    assert engine() == "sqlite"
    assert _everything() == before
    # The local copy's search was filled as its rows went in.
    assert database.execute_sql("SELECT count(*) FROM message_fts").fetchone()[0] == len(before["message"])


def test_a_target_with_data_is_refused_and_left_alone(db_path, pg_url, tmp_path):
    demo.generate(seed=7, now=NOW)
    copy.copy_to(pg_url)
    with pytest.raises(copy.CopyError, match="already holds data"):
        copy.copy_to(pg_url)
    existing = tmp_path / "mine.db"
    existing.write_bytes(b"precious")
    with pytest.raises(copy.CopyError, match="already exists"):
        copy.copy_to(existing)
    assert existing.read_bytes() == b"precious"
    with pytest.raises(copy.CopyError, match="another database"):
        copy.copy_to(db_path)


def test_a_stopped_copy_leaves_the_server_empty(db_path, pg_url, monkeypatch):
    demo.generate(seed=7, now=NOW)
    monkeypatch.setattr(copy, "BATCH_VALUES", 50)
    calls = []
    with pytest.raises(copy.Cancelled):
        copy.copy_to(pg_url, cancelled=lambda: calls.append(1) or len(calls) > 3)
    server = standalone(pg_url)
    try:
        assert all(copy._count(server, m) == 0 for m in models.ALL_MODELS)
    finally:
        server.close_all()
    copy.copy_to(pg_url)  # and it can be done again


def test_a_copy_that_differs_is_an_error(db_path, pg_url):
    demo.generate(seed=7, now=NOW)
    copy.copy_to(pg_url)
    server = standalone(pg_url)
    try:
        server.execute_sql("UPDATE contact SET city = 'Elsewhere' WHERE id = (SELECT min(id) FROM contact)")
        with pytest.raises(copy.CopyError, match="contact: the copy's rows differ"):
            copy._check(server)
        server.execute_sql("DELETE FROM note WHERE id = (SELECT min(id) FROM note)")
        with pytest.raises(copy.CopyError, match=r"contact: the copy's rows differ.*; note: \d+ rows here"):
            copy._check(server)
    finally:
        server.close_all()
    close_database()


def _run(*args, env=None):
    import os
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "desktop", *map(str, args)], capture_output=True, text=True,
                          timeout=300, env={**os.environ, **(env or {})})


def test_the_copy_to_command_moves_a_file_to_the_server_and_refuses_to_do_it_twice(demo_db, pg_url, tmp_path):
    close_database()
    out = _run("--db", demo_db, "copy-to", pg_url)
    assert out.returncode == 0, out.stderr
    assert "counts and contents checked" in out.stdout
    again = _run("--db", demo_db, "copy-to", pg_url)
    assert again.returncode == 1 and "already holds data" in again.stderr
    out = _run("--db", pg_url, "copy-to", tmp_path / "local.db")
    assert out.returncode == 0, out.stderr
    open_database(tmp_path / "local.db")
    assert models.Lead.select().count() > 0
    down = _run("--db", "postgresql://nobody@127.0.0.1:1/none", "copy-to", tmp_path / "x.db")
    assert down.returncode == 1 and "does not answer at that address" in down.stderr
    assert "Traceback" not in down.stderr


def test_backup_of_a_server_uses_pg_dump_or_says_it_is_missing(pg_url, tmp_path, monkeypatch, capsys):
    from tests import pg_server

    team_id = models.TeamMember.insert(first_name="Giulia").execute()
    close_database()
    out = _run("--db", pg_url, "backup", tmp_path / "team.dump")
    assert out.returncode == 0, out.stderr
    assert "pg_dump" in out.stdout
    assert "TABLE DATA public team_member" in pg_server.restore_list(tmp_path / "team.dump")
    assert team_id

    # A machine without PostgreSQL's client tools.
    from db import backup
    from desktop import __main__ as cli

    monkeypatch.setattr(backup, "pg_dump_tool", lambda: None)
    assert cli.main(["--db", pg_url, "backup", str(tmp_path / "none.dump")]) == 1
    assert "pg_dump, which is not installed" in capsys.readouterr().err
    assert not (tmp_path / "none.dump").exists()
    # Restoring is the server's own business: the command refuses rather than touch files.
    assert cli.main(["--db", pg_url, "restore", str(tmp_path / "team.dump")]) == 1
    assert "pg_restore" in capsys.readouterr().err
    assert not list(Path.cwd().glob("postgresql*"))
