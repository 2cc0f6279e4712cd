# Generated from forms/purpose_dialog.ui by packaging/build_ui.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'purpose_dialog.ui'
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

class Ui_PurposeDialog(object):
    def setupUi(self, purpose_dialog):
        if not purpose_dialog.objectName():
            purpose_dialog.setObjectName(u"purpose_dialog")
        self.main_layout = QVBoxLayout(purpose_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro = QLabel(purpose_dialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.choices_layout = QVBoxLayout()
        self.choices_layout.setObjectName(u"choices_layout")

        self.main_layout.addLayout(self.choices_layout)

        self.button_box = QDialogButtonBox(purpose_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(purpose_dialog)

        QMetaObject.connectSlotsByName(purpose_dialog)
    # setupUi

    def retranslateUi(self, purpose_dialog):
        purpose_dialog.setWindowTitle(QCoreApplication.translate("PurposeDialog", u"Why are you opening this customer?", None))
    # retranslateUi

