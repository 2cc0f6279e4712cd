# Generated from forms/lock_cover.ui by packaging/build_ui.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_cover.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_LockCover(object):
    def setupUi(self, lock_cover):
        if not lock_cover.objectName():
            lock_cover.setObjectName(u"lock_cover")
        lock_cover.setAutoFillBackground(True)
        self.outer_layout = QVBoxLayout(lock_cover)
        self.outer_layout.setObjectName(u"outer_layout")
        self.top_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer_layout.addItem(self.top_spacer)

        self.row_layout = QHBoxLayout()
        self.row_layout.setObjectName(u"row_layout")
        self.left_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.row_layout.addItem(self.left_spacer)

        self.lock_panel = QFrame(lock_cover)
        self.lock_panel.setObjectName(u"lock_panel")
        self.lock_panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.lock_panel.setMaximumSize(QSize(460, 16777215))
        self.panel_layout = QVBoxLayout(self.lock_panel)
        self.panel_layout.setSpacing(10)
        self.panel_layout.setObjectName(u"panel_layout")
        self.panel_layout.setContentsMargins(28, 24, 28, 20)
        self.title_label = QLabel(self.lock_panel)
        self.title_label.setObjectName(u"title_label")

        self.panel_layout.addWidget(self.title_label)

        self.who_label = QLabel(self.lock_panel)
        self.who_label.setObjectName(u"who_label")
        self.who_label.setWordWrap(True)

        self.panel_layout.addWidget(self.who_label)

        self.password_edit = QLineEdit(self.lock_panel)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.panel_layout.addWidget(self.password_edit)

        self.message_label = QLabel(self.lock_panel)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setProperty(u"error", True)
        self.message_label.setWordWrap(True)

        self.panel_layout.addWidget(self.message_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.sign_out_button = QPushButton(self.lock_panel)
        self.sign_out_button.setObjectName(u"sign_out_button")

        self.button_layout.addWidget(self.sign_out_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.unlock_button = QPushButton(self.lock_panel)
        self.unlock_button.setObjectName(u"unlock_button")

        self.button_layout.addWidget(self.unlock_button)

        self.button_layout.setStretch(1, 1)

        self.panel_layout.addLayout(self.button_layout)


        self.row_layout.addWidget(self.lock_panel)

        self.right_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.row_layout.addItem(self.right_spacer)

        self.row_layout.setStretch(0, 1)
        self.row_layout.setStretch(1, 2)
        self.row_layout.setStretch(2, 1)

        self.outer_layout.addLayout(self.row_layout)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer_layout.addItem(self.bottom_spacer)

        self.outer_layout.setStretch(0, 1)
        self.outer_layout.setStretch(2, 2)
        QWidget.setTabOrder(self.password_edit, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.sign_out_button)

        self.retranslateUi(lock_cover)

        self.unlock_button.setDefault(True)


        QMetaObject.connectSlotsByName(lock_cover)
    # setupUi

    def retranslateUi(self, lock_cover):
        self.title_label.setText(QCoreApplication.translate("LockCover", u"The desk is locked", None))
        self.password_edit.setPlaceholderText(QCoreApplication.translate("LockCover", u"Password", None))
        self.sign_out_button.setText(QCoreApplication.translate("LockCover", u"Sign out and quit", None))
        self.unlock_button.setText(QCoreApplication.translate("LockCover", u"&Unlock", None))
        pass
    # retranslateUi

