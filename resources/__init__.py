"""Icons, the style sheet, translations and demo assets shipped with Sportello."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    return ROOT.joinpath(*parts)
