"""The team's server, as Settings → Team keeps it: its address, and its password in the keyring.

The address (host, port, database, user, sslmode) is no secret and is kept with the app's
settings; the password goes to the system's password store (keyring), never to a file or
an address shown anywhere. ``url`` gives libpq's ``postgresql://`` address, the password
in it only when asked (to connect).
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from db.errors import QT_TRANSLATE_NOOP, UserError

KEYRING_SERVICE = "Sportello team server"
SSLMODES = ("prefer", "require", "verify-full", "disable")


class ServerError(UserError):
    pass


@dataclass(frozen=True)
class ServerAddress:
    host: str
    port: int = 5432
    name: str = "sportello"
    user: str = "sportello"
    sslmode: str = "prefer"

    def url(self, password: str | None = None) -> str:
        who = quote(self.user, safe="") + (":" + quote(password, safe="") if password else "")
        return (f"postgresql://{who}@{quote(self.host, safe='')}:{self.port}/{quote(self.name, safe='')}"
                f"?sslmode={self.sslmode}&connect_timeout=5")

    @property
    def key(self) -> str:
        """The keyring's name for this server's password."""
        return f"{self.user}@{self.host}:{self.port}/{self.name}"

    @classmethod
    def parse(cls, url: str) -> "ServerAddress":
        parts = urlsplit(url)
        if parts.scheme not in ("postgresql", "postgres") or not parts.hostname:
            raise ServerError(QT_TRANSLATE_NOOP("Errors", "A server's address reads postgresql://USER@HOST:PORT/NAME."))
        query = dict(p.split("=", 1) for p in parts.query.split("&") if "=" in p)
        return cls(unquote(parts.hostname), parts.port or 5432, unquote(parts.path.strip("/")) or "sportello",
                   unquote(parts.username or "sportello"), query.get("sslmode", "prefer"))


def check(host: str, port: str | int, name: str, user: str, sslmode: str) -> ServerAddress:
    """The address as typed, checked (ServerError says what is wrong)."""
    host, name, user = host.strip(), name.strip(), user.strip()
    if not host:
        raise ServerError(QT_TRANSLATE_NOOP("Errors", "Write the server's name or address."))
    try:
        port = int(str(port).strip() or 5432)
    except ValueError:
        port = 0
    if not 1 <= port <= 65535:
        raise ServerError(QT_TRANSLATE_NOOP("Errors", "A port is a number from 1 to 65535 (PostgreSQL's is 5432)."))
    if not name or not user:
        raise ServerError(QT_TRANSLATE_NOOP("Errors", "Write the database's name and the user's."))
    if sslmode not in SSLMODES:
        raise ValueError(f"unknown sslmode {sslmode!r}")
    return ServerAddress(host, port, name, user, sslmode)


def store_password(address: ServerAddress, password: str) -> None:
    import keyring
    import keyring.errors

    try:
        if password:
            keyring.set_password(KEYRING_SERVICE, address.key, password)
        else:
            try:
                keyring.delete_password(KEYRING_SERVICE, address.key)
            except keyring.errors.PasswordDeleteError:
                pass
    except keyring.errors.KeyringError as exc:
        raise ServerError(QT_TRANSLATE_NOOP(
            "Errors", "The password could not be kept: this computer has no password store (keyring). Put it in "
                      "PGPASSWORD or ~/.pgpass instead.")) from exc


def stored_password(address: ServerAddress) -> str | None:
    import keyring
    import keyring.errors

    try:
        return keyring.get_password(KEYRING_SERVICE, address.key)
    except keyring.errors.KeyringError:
        return None


def with_password(url: str) -> str:
    """``url`` with the keyring's password for it, if it has none and the keyring has one
    (PGPASSWORD and ~/.pgpass, libpq's own, work as well)."""
    if urlsplit(url).password:
        return url
    address = ServerAddress.parse(url)
    password = stored_password(address)
    if not password:
        return url
    parts = urlsplit(url)
    where = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit(parts._replace(netloc=f"{quote(address.user, safe='')}:{quote(password, safe='')}@{where}"))


def try_connection(address: ServerAddress, password: str | None) -> str:
    """Connect once: the server's version in words, or ServerUnavailable saying why not."""
    from db.database import ServerUnavailable, describe_server_error, load_psycopg

    psycopg = load_psycopg()
    try:
        with psycopg.connect(address.url(password), autocommit=True) as conn:
            version = conn.info.server_version
            extensions = {r[0] for r in conn.execute(
                "SELECT name FROM pg_available_extensions WHERE name = 'unaccent'")}
    except psycopg.Error as exc:
        raise ServerUnavailable(describe_server_error(exc)) from exc
    if version < 130000:
        raise ServerUnavailable(QT_TRANSLATE_NOOP("Errors", "Sportello needs PostgreSQL 13 or newer."))
    if extensions != {"unaccent"}:
        raise ServerUnavailable(QT_TRANSLATE_NOOP(
            "Errors", "The server lacks PostgreSQL's contrib extension unaccent: install it there "
                      "(Debian: postgresql-contrib)."))
    return f"PostgreSQL {version // 10000}.{version % 10000}"


def without_password(target: str) -> str:
    """The target as a message may show it: never a password written in the address."""
    if "://" not in target:
        return target
    parts = urlsplit(target)
    if parts.password is None:
        return target
    netloc = parts.netloc.replace(":" + parts.password + "@", ":•••@")
    return urlunsplit(parts._replace(netloc=netloc))
