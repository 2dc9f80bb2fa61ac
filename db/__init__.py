"""Sportello's data core: models, migrations and the rules of the product.

Nothing here imports Qt; the desktop package shows what these functions return.
"""
