"""The desk's look: one bundled font with every Finnish, Swedish and Sami letter, a calm light palette.

Used all day with a headset on: generous line height, no saturated colours except where something
needs attention (errors, a lost connection), a clearly visible keyboard focus.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

logger = logging.getLogger(__name__)

FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
FAMILY = "DejaVu Sans"
POINT_SIZE = 10

ACCENT = "#2f6690"
ERROR = "#a4262c"
OK = "#2e7d32"

STYLE_SHEET = f"""
QMainWindow, QDialog {{ background: #f4f6f8; }}
QLabel#message_label[error="true"] {{ color: {ERROR}; font-weight: bold; }}
QLabel#message_label[error="false"] {{ color: #44546a; }}
QLabel#connection_label[connected="true"] {{ color: {OK}; }}
QLabel#connection_label[connected="false"] {{ color: {ERROR}; font-weight: bold; }}
QLabel#busy_label {{ color: #44546a; }}
QStatusBar QLabel {{ padding: 0 8px; }}
QStatusBar {{ border-top: 1px solid #d5dbe1; background: #eceff3; }}
QWidget#lock_cover {{ background: #dfe5eb; }}
QFrame#lock_panel, QFrame#shortcut_panel {{
    background: #ffffff; border: 1px solid #c3ccd5; border-radius: 6px;
}}
QWidget#shortcut_overlay {{ background: rgba(40, 52, 66, 140); }}
QLabel#shortcut_key {{ font-weight: bold; color: {ACCENT}; }}
QLabel#hint_label {{ color: #5b6b7c; }}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox {{
    padding: 3px 5px; border: 1px solid #b8c2cc; border-radius: 3px; background: #ffffff;
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QSpinBox:focus {{
    border: 2px solid {ACCENT}; padding: 2px 4px;
}}
/* The popup of a styled combo box draws its items as menu items: without a rule of its own the
   highlighted one was white on white (blank), so a keyboard user could not see the choice. */
QComboBox::item:selected {{ background: {ACCENT}; color: #ffffff; padding-left: 0px; }}
QLineEdit:disabled, QComboBox:disabled {{ background: #eef1f4; color: #7a8794; }}
QPushButton {{ padding: 4px 14px; }}
QTableView, QTreeView, QListView {{
    background: #ffffff; alternate-background-color: #f3f6f9; selection-background-color: {ACCENT};
    selection-color: #ffffff; gridline-color: #e1e6eb;
}}
QHeaderView::section {{ background: #e8ecf0; padding: 4px 6px; border: none;
    border-right: 1px solid #d5dbe1; border-bottom: 1px solid #d5dbe1; }}
QListWidget#cardSectionList {{ background: #eceff3; border: 1px solid #c3ccd5; }}
QListWidget#cardSectionList::item {{ padding: 4px 8px; }}
QTabWidget::pane {{ border: 1px solid #c3ccd5; background: #ffffff; }}
"""


def register_fonts() -> str:
    """Register the bundled DejaVu fonts; returns the family to use (the system default if they fail)."""
    families: list[str] = []
    for path in sorted(FONTS_DIR.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            logger.warning("could not load the font %s", path.name)
            continue
        families += QFontDatabase.applicationFontFamilies(font_id)
    return FAMILY if FAMILY in families else QApplication.font().family()


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    font = QFont(register_fonts(), POINT_SIZE)
    app.setFont(font)
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f4f6f8"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f3f6f9"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1d2733"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#1d2733"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#1d2733"))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)


def warning_label(parent: QWidget, name: str) -> QLabel:
    """A hidden, word-wrapped, selectable line in bold red for what must not be overlooked (the auditor's
    receipt warning on the Tänään page and in the chain check)."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #a31515; font-weight: bold;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label
