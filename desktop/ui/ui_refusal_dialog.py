# Generated from forms/refusal_dialog.ui by packaging/build_ui.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'refusal_dialog.ui'
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
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_RefusalDialog(object):
    def setupUi(self, refusal_dialog):
        if not refusal_dialog.objectName():
            refusal_dialog.setObjectName(u"refusal_dialog")
        refusal_dialog.resize(520, 260)
        self.main_layout = QVBoxLayout(refusal_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.note = QLabel(refusal_dialog)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.main_layout.addWidget(self.note)

        self.label = QLabel(refusal_dialog)
        self.label.setObjectName(u"label")

        self.main_layout.addWidget(self.label)

        self.reason = QPlainTextEdit(refusal_dialog)
        self.reason.setObjectName(u"reason")
        self.reason.setTabChangesFocus(True)

        self.main_layout.addWidget(self.reason)

        self.buttons = QDialogButtonBox(refusal_dialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(refusal_dialog)

        QMetaObject.connectSlotsByName(refusal_dialog)
    # setupUi

    def retranslateUi(self, refusal_dialog):
        self.note.setText(QCoreApplication.translate("RefusalDialog", u"The reason is printed in the refusal letter: the requester reads it, with their right to complain to the Data Protection Ombudsman.", None))
        self.label.setText(QCoreApplication.translate("RefusalDialog", u"&Reason for the refusal:", None))
        pass
    # retranslateUi

