# Generated from forms/call_customer_dialog.ui by packaging/build_ui.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'call_customer_dialog.ui'
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
    QLabel, QSizePolicy, QVBoxLayout, QWidget)

class Ui_CallCustomerDialog(object):
    def setupUi(self, call_customer_dialog):
        if not call_customer_dialog.objectName():
            call_customer_dialog.setObjectName(u"call_customer_dialog")
        self.main_layout = QVBoxLayout(call_customer_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro = QLabel(call_customer_dialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.choices_layout = QVBoxLayout()
        self.choices_layout.setObjectName(u"choices_layout")

        self.main_layout.addLayout(self.choices_layout)

        self.button_box = QDialogButtonBox(call_customer_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(call_customer_dialog)

        QMetaObject.connectSlotsByName(call_customer_dialog)
    # setupUi

    def retranslateUi(self, call_customer_dialog):
        call_customer_dialog.setWindowTitle(QCoreApplication.translate("CallCustomerDialog", u"Another customer during the call", None))
    # retranslateUi

