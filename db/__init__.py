"""Sportello's data core: models, migrations and the rules of the product.

Nothing here imports Qt; the desktop package shows what these functions return.
"""

import sys as _sys

if "peewee" not in _sys.modules:
    # peewee imports psycopg when it is installed: 200 ms at every start, for a driver only a
    # team's server needs. It is kept out while peewee loads (here, before any db module
    # imports peewee), and db.database.load_psycopg gives it to peewee when a server is opened.
    _blocked = [name for name in ("psycopg", "psycopg2") if name not in _sys.modules]
    for _name in _blocked:
        _sys.modules[_name] = None  # an import of it raises ImportError
    try:
        import peewee  # noqa: F401
    finally:
        for _name in _blocked:
            del _sys.modules[_name]
