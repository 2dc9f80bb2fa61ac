"""Refresh the translation sources and compile them.

    python resources/translations/update.py

1. pyside6-lupdate collects every tr()/translate() string of desktop/ into
   sportello_<lang>.ts for each language in LANGUAGES (keeping translations).
2. English is the source language, so sportello_en.ts only needs the plural
   forms: "%n message(s)" becomes "%n message" / "%n messages".
3. pyside6-lrelease compiles each .ts into the .qm shipped with the package.
"""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = ("en",)


def tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(candidate) if candidate.exists() else f"pyside6-{name}"


def sources() -> list[str]:
    return [str(p.relative_to(ROOT)) for folder in ("db", "desktop") for p in sorted((ROOT / folder).rglob("*.py"))]


def mark_numerus(ts: Path) -> None:
    """lupdate's Python parser marks plurals only for self.tr(); any "%n" source is one."""
    tree = ET.parse(ts)
    changed = False
    for message in tree.getroot().iter("message"):
        if "%n" in (message.findtext("source") or "") and message.get("numerus") != "yes":
            message.set("numerus", "yes")
            translation = message.find("translation")
            if translation is not None and not len(translation) and translation.text:
                form = ET.SubElement(translation, "numerusform")
                form.text, translation.text = translation.text, None
            changed = True
    if changed:
        tree.write(ts, encoding="utf-8", xml_declaration=True)


def fill_english_plurals(ts: Path) -> None:
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.pop("type", None)
        for form in (source.replace("(s)", ""), source.replace("(s)", "s")):
            ET.SubElement(translation, "numerusform").text = form
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def main() -> int:
    for lang in LANGUAGES:
        ts = HERE / f"sportello_{lang}.ts"
        subprocess.run([tool("lupdate"), "-no-obsolete", "-locations", "none", "-target-language", lang,
                        *sources(), "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)
        mark_numerus(ts)
        if lang == "en":
            fill_english_plurals(ts)
        subprocess.run([tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
