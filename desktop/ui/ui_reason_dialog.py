# Generated from forms/reason_dialog.ui by packaging/build_ui.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reason_dialog.ui'
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

class Ui_ReasonDialog(object):
    def setupUi(self, reason_dialog):
        if not reason_dialog.objectName():
            reason_dialog.setObjectName(u"reason_dialog")
        self.main_layout = QVBoxLayout(reason_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.question = QLabel(reason_dialog)
        self.question.setObjectName(u"question")
        self.question.setWordWrap(True)

        self.main_layout.addWidget(self.question)

        self.reason = QLineEdit(reason_dialog)
        self.reason.setObjectName(u"reason")

        self.main_layout.addWidget(self.reason)

        self.problem = QLabel(reason_dialog)
        self.problem.setObjectName(u"problem")

        self.main_layout.addWidget(self.problem)

        self.button_box = QDialogButtonBox(reason_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.question.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(reason_dialog)

        QMetaObject.connectSlotsByName(reason_dialog)
    # setupUi

    def retranslateUi(self, reason_dialog):
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("ReasonDialog", u"Reason", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

