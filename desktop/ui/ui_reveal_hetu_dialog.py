# Generated from forms/reveal_hetu_dialog.ui by packaging/build_ui.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reveal_hetu_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_RevealHetuDialog(object):
    def setupUi(self, reveal_hetu_dialog):
        if not reveal_hetu_dialog.objectName():
            reveal_hetu_dialog.setObjectName(u"reveal_hetu_dialog")
        self.main_layout = QVBoxLayout(reveal_hetu_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro = QLabel(reveal_hetu_dialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.reason = QLineEdit(reveal_hetu_dialog)
        self.reason.setObjectName(u"reason")

        self.main_layout.addWidget(self.reason)

        self.problem = QLabel(reveal_hetu_dialog)
        self.problem.setObjectName(u"problem")

        self.main_layout.addWidget(self.problem)

        self.button_box = QDialogButtonBox(reveal_hetu_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.intro.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(reveal_hetu_dialog)

        QMetaObject.connectSlotsByName(reveal_hetu_dialog)
    # setupUi

    def retranslateUi(self, reveal_hetu_dialog):
        reveal_hetu_dialog.setWindowTitle(QCoreApplication.translate("RevealHetuDialog", u"Show the full personal identity code", None))
        self.intro.setText(QCoreApplication.translate("RevealHetuDialog", u"State the reason. It is stored in the audit log with your name.", None))
    # retranslateUi

