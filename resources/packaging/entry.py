"""The bundle's entry point: the ``sportello`` command, as the installed script runs it."""
import sys

from desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
