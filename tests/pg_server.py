"""A throw-away PostgreSQL cluster for the tests: initdb in a temporary folder, one server on
127.0.0.1 and a socket of its own, stopped at the end.

initdb refuses to run as root, so a root test run starts the cluster as the ``postgres`` user
(Debian's package makes it) through runuser. ``.ci/run`` installs the server when a machine
has none; a developer's machine without one skips the PostgreSQL half of the tests (unless
``SPORTELLO_REQUIRE_POSTGRESQL`` is set, as CI sets it).
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def binaries() -> Path | None:
    """The folder with initdb and pg_ctl: PATH first, then Debian's versioned folders."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    folders = sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                     key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit() else 0)
    for folder in reversed(folders):
        if (Path(folder) / "initdb").exists():
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """One running server; ``url(name)`` is a database on it."""

    def __init__(self) -> None:
        self.bin = binaries()
        if self.bin is None:
            raise RuntimeError("PostgreSQL's server is not installed (Debian: apt-get install postgresql)")
        self.folder = Path(tempfile.mkdtemp(prefix="sportello-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self.user = "sportello"
        self.password = "secret-of-the-tests"  # over TCP a password is asked, as a real server asks it
        self._as = []
        if os.geteuid() == 0:
            self._as = ["runuser", "-u", "postgres", "--"]
            shutil.chown(self.folder, "postgres")
        os.chmod(self.folder, 0o755)

    def _run(self, *args: str) -> None:
        subprocess.run([*self._as, *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def _options(self) -> str:
        return (f"-h 127.0.0.1 -p {self.port} -k {self.folder} -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")

    def pause(self) -> None:
        """The server goes away (as a crash or a pulled cable would have it), its data kept."""
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def resume(self) -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "log"),
                  "-o", self._options(), "-w", "start")

    def start(self) -> "Cluster":
        pwfile = self.folder / "pw"
        pwfile.write_text(self.password)
        if self._as:
            shutil.chown(pwfile, "postgres")
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", self.user, "--auth-local=trust",
                  "--auth-host=scram-sha-256", f"--pwfile={pwfile}", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        self.resume()
        return self

    def stop(self) -> None:
        try:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, name: str = "postgres", password: str | None = None) -> str:
        return f"postgresql://{self.user}:{password or self.password}@127.0.0.1:{self.port}/{name}"

    def admin(self):
        import psycopg

        return psycopg.connect(self.url(), autocommit=True)

    def create(self, name: str, template: str | None = None) -> str:
        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)

    def drop(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def restore_list(dump) -> str:
    """pg_restore's table of contents of a pg_dump file (it fails the test if it cannot read it)."""
    import shutil
    import subprocess

    from db.backup import pg_dump_tool

    tool = shutil.which("pg_restore") or pg_dump_tool().replace("pg_dump", "pg_restore")
    listing = subprocess.run([tool, "--list", str(dump)], capture_output=True, text=True)
    assert listing.returncode == 0, listing.stderr
    return listing.stdout
