# Generated from forms/shortcut_overlay.ui by packaging/build_ui.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'shortcut_overlay.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QLabel,
    QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ShortcutOverlay(object):
    def setupUi(self, shortcut_overlay):
        if not shortcut_overlay.objectName():
            shortcut_overlay.setObjectName(u"shortcut_overlay")
        shortcut_overlay.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.outer_layout = QVBoxLayout(shortcut_overlay)
        self.outer_layout.setObjectName(u"outer_layout")
        self.outer_layout.setContentsMargins(80, 50, 80, 50)
        self.shortcut_panel = QFrame(shortcut_overlay)
        self.shortcut_panel.setObjectName(u"shortcut_panel")
        self.panel_layout = QVBoxLayout(self.shortcut_panel)
        self.panel_layout.setObjectName(u"panel_layout")
        self.panel_layout.setContentsMargins(28, 22, 28, 22)
        self.title_label = QLabel(self.shortcut_panel)
        self.title_label.setObjectName(u"title_label")

        self.panel_layout.addWidget(self.title_label)

        self.scroll_area = QScrollArea(self.shortcut_panel)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.grid_host = QWidget()
        self.grid_host.setObjectName(u"grid_host")
        self.grid = QGridLayout(self.grid_host)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(6)
        self.scroll_area.setWidget(self.grid_host)

        self.panel_layout.addWidget(self.scroll_area)

        self.hint_label = QLabel(self.shortcut_panel)
        self.hint_label.setObjectName(u"hint_label")

        self.panel_layout.addWidget(self.hint_label)

        self.panel_layout.setStretch(1, 1)

        self.outer_layout.addWidget(self.shortcut_panel)


        self.retranslateUi(shortcut_overlay)

        QMetaObject.connectSlotsByName(shortcut_overlay)
    # setupUi

    def retranslateUi(self, shortcut_overlay):
        self.title_label.setText(QCoreApplication.translate("ShortcutOverlay", u"Keyboard shortcuts", None))
        self.hint_label.setText(QCoreApplication.translate("ShortcutOverlay", u"Esc or F1 closes this list.", None))
        pass
    # retranslateUi

