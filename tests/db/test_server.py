"""The team's server as Settings → Team keeps it: its address, the password in the keyring,
and what a user reads when it cannot be used (db/server.py, db/database.py)."""
from __future__ import annotations

import pytest

from db import server
from db.database import ServerUnavailable, open_database


def test_an_address_is_checked_and_read_back_with_its_password_apart(memory_keyring):
    with pytest.raises(server.ServerError, match="name or address"):
        server.check(" ", "5432", "sportello", "giulia", "prefer")
    with pytest.raises(server.ServerError, match="1 to 65535"):
        server.check("db.pizzeria.lan", "54x", "sportello", "giulia", "prefer")
    address = server.check(" db.pizzeria.lan ", "", "da gino", "giulia@pizzeria", "require")
    assert address == server.ServerAddress("db.pizzeria.lan", 5432, "da gino", "giulia@pizzeria", "require")
    url = address.url()
    assert ":" not in url.split("//")[1].split("@")[0]  # no password in what is kept
    assert server.ServerAddress.parse(url) == address
    server.store_password(address, "p@ss:wörd/?")
    assert server.stored_password(address) == "p@ss:wörd/?"
    with_it = server.with_password(url)
    assert server.ServerAddress.parse(with_it) == address
    from urllib.parse import unquote, urlsplit
    assert unquote(urlsplit(with_it).password) == "p@ss:wörd/?"
    server.store_password(address, "")
    assert server.stored_password(address) is None and server.with_password(url) == url


def test_without_a_keyring_the_password_is_refused_with_what_to_do_instead(monkeypatch):
    import keyring
    import keyring.errors

    def no_store(*_args):
        raise keyring.errors.NoKeyringError("no backend")

    monkeypatch.setattr(keyring, "set_password", no_store)
    with pytest.raises(server.ServerError, match="PGPASSWORD"):
        server.store_password(server.ServerAddress("db.lan"), "x")


def test_a_connection_is_tried_and_each_fault_said_plainly(pg_cluster):
    address = server.ServerAddress.parse(pg_cluster.url("postgres"))
    assert server.try_connection(address, pg_cluster.password).startswith("PostgreSQL 1")
    with pytest.raises(ServerUnavailable, match="refused the user name or password"):
        server.try_connection(address, "wrong")
    with pytest.raises(ServerUnavailable, match="does not answer at that address"):
        server.try_connection(server.ServerAddress("127.0.0.1", 1, "x", "sportello", "disable"), "x")
    with pytest.raises(ServerUnavailable, match="no database of that name"):
        open_database(pg_cluster.url("no_such_database"))
    with pytest.raises(ServerUnavailable, match="refused the user name or password"):
        open_database(pg_cluster.url("postgres", password="wrong"))


def test_a_servers_files_go_to_this_computers_data_folder_by_platform(pg_url, monkeypatch, tmp_path):
    """Attachments of a team's server are kept per server, in the platform's app-data folder."""
    import sys

    from db import database as dbmod

    dbmod.open_database(pg_url)
    try:
        name = dbmod.files_folder().name
        assert name.startswith("127.0.0.1-") and "secret" not in name  # host, port, database: no password
        monkeypatch.setattr(sys, "platform", "win32")
        monkeypatch.setenv("APPDATA", str(tmp_path / "Roaming"))
        assert dbmod.files_folder() == tmp_path / "Roaming" / "Sportello" / "servers" / name
        monkeypatch.setattr(sys, "platform", "darwin")
        monkeypatch.setenv("HOME", str(tmp_path / "home"))
        assert dbmod.files_folder() == tmp_path / "home" / "Library" / "Application Support" / "Sportello" / "servers" / name
        monkeypatch.setattr(sys, "platform", "linux")
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
        assert dbmod.files_folder() == tmp_path / "data" / "Sportello" / "servers" / name
    finally:
        dbmod.close_database()
