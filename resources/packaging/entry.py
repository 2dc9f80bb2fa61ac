"""The bundle's entry point: the ``sportello`` command, as the installed script runs it."""
import sys

if __name__ == "__main__":
    # A long import runs in a process of its own (desktop/child_work.py); in the bundle that
    # process is this executable again, which must run the child's work and nothing else.
    import multiprocessing

    multiprocessing.freeze_support()
    from desktop.__main__ import main

    sys.exit(main())
