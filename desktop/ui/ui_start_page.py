# Generated from forms/start_page.ui by packaging/build_ui.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'start_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_StartPage(object):
    def setupUi(self, start_page):
        if not start_page.objectName():
            start_page.setObjectName(u"start_page")
        start_page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.refresh_action = QAction(start_page)
        self.refresh_action.setObjectName(u"refresh_action")
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.main_layout = QVBoxLayout(start_page)
        self.main_layout.setObjectName(u"main_layout")
        self.top_layout = QHBoxLayout()
        self.top_layout.setObjectName(u"top_layout")
        self.heading = QLabel(start_page)
        self.heading.setObjectName(u"heading")

        self.top_layout.addWidget(self.heading)

        self.top_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top_layout.addItem(self.top_spacer)

        self.status = QLabel(start_page)
        self.status.setObjectName(u"status")

        self.top_layout.addWidget(self.status)

        self.refresh_button = QPushButton(start_page)
        self.refresh_button.setObjectName(u"refresh_button")

        self.top_layout.addWidget(self.refresh_button)

        self.top_layout.setStretch(1, 1)

        self.main_layout.addLayout(self.top_layout)

        self.hint = QLabel(start_page)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.main_layout.addWidget(self.hint)

        self.receipt_warning = QLabel(start_page)
        self.receipt_warning.setObjectName(u"receipt_warning")
        self.receipt_warning.setWordWrap(True)
        self.receipt_warning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.receipt_warning.setStyleSheet(u"color: #a31515; font-weight: bold;")

        self.main_layout.addWidget(self.receipt_warning)

        self.column_row = QHBoxLayout()
        self.column_row.setSpacing(12)
        self.column_row.setObjectName(u"column_row")
        self.left_column = QVBoxLayout()
        self.left_column.setObjectName(u"left_column")

        self.column_row.addLayout(self.left_column)

        self.right_column = QVBoxLayout()
        self.right_column.setObjectName(u"right_column")

        self.column_row.addLayout(self.right_column)

        self.column_row.setStretch(0, 3)
        self.column_row.setStretch(1, 2)

        self.main_layout.addLayout(self.column_row)

        self.main_layout.setStretch(3, 1)

        start_page.addAction(self.refresh_action)

        self.retranslateUi(start_page)

        QMetaObject.connectSlotsByName(start_page)
    # setupUi

    def retranslateUi(self, start_page):
        self.refresh_action.setText(QCoreApplication.translate("StartPage", u"Refresh today's work", None))
        self.heading.setText(QCoreApplication.translate("StartPage", u"Today", None))
        self.refresh_button.setText(QCoreApplication.translate("StartPage", u"&Refresh (F5)", None))
        pass
    # retranslateUi

