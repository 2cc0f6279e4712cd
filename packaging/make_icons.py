"""Draw the application icon from resources/icons/palvelutiski.svg: the PNG sizes of the Linux icon theme
(packaging/linux/icons/<n>x<n>/palvelutiski.png) and the Windows .ico (packaging/windows/palvelutiski.ico).

Run after changing the SVG: ``.venv/bin/python packaging/make_icons.py`` (the results are committed).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

PACKAGING = Path(__file__).resolve().parent
SVG = PACKAGING.parent / "resources" / "icons" / "palvelutiski.svg"
SIZES = (32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    for size in SIZES:
        target = PACKAGING / "linux" / "icons" / f"{size}x{size}" / "palvelutiski.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        render(renderer, size).save(str(target))
    render(renderer, 256).save(str(PACKAGING / "windows" / "palvelutiski.ico"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
