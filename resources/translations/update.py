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
LANGUAGES = ("en", "it", "ro", "zh_CN")


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
            # English is the source: only plurals are "translated"; nothing else ships.
            translation = message.find("translation")
            translation.text = None
            translation.set("type", "unfinished")
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


def fill_translations(ts: Path, lang: str) -> list[str]:
    """Put the translations of ``<lang>.py`` (TRANSLATIONS: source -> text, or forms for plurals)
    into the .ts; returns the sources still missing."""
    import importlib.util

    module_path = HERE / f"{lang}.py"
    table = {}
    if module_path.exists():
        spec = importlib.util.spec_from_file_location(f"translations_{lang}", module_path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        table = module.TRANSLATIONS
    tree = ET.parse(ts)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        value = table.get(source)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if value is None:
            translation.set("type", "unfinished")
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = list(value) if isinstance(value, (list, tuple)) else [value]
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value if isinstance(value, str) else value[0]
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    for lang in LANGUAGES:
        ts = HERE / f"sportello_{lang}.ts"
        subprocess.run([tool("lupdate"), "-no-obsolete", "-locations", "none", "-target-language", lang,
                        *sources(), "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)
        mark_numerus(ts)
        if lang == "en":
            fill_english_plurals(ts)
        else:
            missing = fill_translations(ts, lang)
            if missing:
                print(f"{lang}: {len(missing)} strings without a translation", file=sys.stderr)
        subprocess.run([tool("lrelease"), "-nounfinished", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
