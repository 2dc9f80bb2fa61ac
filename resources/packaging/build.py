"""Build the one-folder bundle: ``python resources/packaging/build.py`` → dist/sportello/.

Needs the ``bundle`` extra (``pip install -e '.[bundle]'``: PyInstaller). The same script
builds on Linux, Windows and macOS, each on its own system (PyInstaller does not
cross-build). The icons each system wants are drawn here from resources/icons/sportello.svg
with Qt's own SVG renderer: PNGs for Linux's .desktop entry, .ico for Windows, .icns for
macOS. The bundle's executable, ``dist/sportello/sportello`` (``sportello.exe``), runs the
window and every subcommand with no Python installed.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
SVG = ROOT / "resources" / "icons" / "sportello.svg"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)


def draw_icons(folder: Path) -> dict[str, Path]:
    """PNGs of each size, plus the .ico and .icns made from them (Qt's image plugins)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (image plugins need it)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"build: cannot read the icon {SVG.name}")
    folder.mkdir(parents=True, exist_ok=True)
    made: dict[str, Path] = {}
    images = {}
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format_ARGB32_Premultiplied)
        image.fill(Qt.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.Antialiasing)
        renderer.render(painter)
        painter.end()
        images[size] = image
        target = folder / f"sportello-{size}.png"
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"build: could not write {target.name}")
        made[f"png{size}"] = target
    # Windows takes the 256 px picture as the .ico (Qt's ico writer), macOS the 512 px
    # as .icns (Qt's icns writer); each is only needed on its own system but costs nothing.
    for key, size, fmt in (("ico", 256, "ICO"), ("icns", 512, "ICNS")):
        target = folder / f"sportello.{key}"
        if images[size].save(str(target), fmt):
            made[key] = target
    return made


def build(dist: Path, work: Path) -> Path:
    try:
        import PyInstaller.__main__ as pyinstaller
    except ImportError:
        raise SystemExit("build: PyInstaller is missing; install the bundle extra: pip install -e '.[bundle]'")
    icons = draw_icons(work / "icons")
    icon = icons.get("ico") if sys.platform == "win32" else icons.get("icns") if sys.platform == "darwin" else None
    os.environ["SPORTELLO_ROOT"] = str(ROOT)
    os.environ["SPORTELLO_ICON"] = str(icon) if icon else ""
    started = time.monotonic()
    pyinstaller.run([str(HERE / "sportello.spec"), "--noconfirm", "--clean", "--log-level", "WARN",
                     "--distpath", str(dist), "--workpath", str(work / "pyinstaller")])
    bundle = dist / "sportello"
    # The freedesktop entry and its icon, for an installer or a user to copy into
    # ~/.local/share/applications and ~/.local/share/icons/hicolor/256x256/apps.
    if sys.platform.startswith("linux"):
        shutil.copy2(HERE / "sportello.desktop", bundle / "sportello.desktop")
        shutil.copy2(icons["png256"], bundle / "sportello.png")
    size = sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"built {bundle} in {time.monotonic() - started:.0f} s: {size / 1e6:.0f} MB")
    return bundle


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bundle",
                        help="PyInstaller's work folder (default: build/bundle/)")
    args = parser.parse_args(argv)
    build(args.dist.resolve(), args.work.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
