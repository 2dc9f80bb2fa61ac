"""Subcommands of ``sportello``: one module each, registered in COMMANDS.

A module defines ``register(subparsers, parents)`` which adds its parser and
sets ``run=`` to a function ``run(args) -> int``. Modules import Qt (or other
heavy things) inside ``run`` only, so ``sportello --help`` and the data
commands start fast. To add a command, write the module and list it here.
"""
COMMANDS = ("demo", "screenshots", "metrics", "importing", "export", "backup", "page", "duplicates", "copy")
