"""Sportello's Qt application: the window over the data core in ``db``."""
