# Generated from forms/disclosure_dialog.ui by packaging/build_ui.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'disclosure_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_DisclosureDialog(object):
    def setupUi(self, disclosure_dialog):
        if not disclosure_dialog.objectName():
            disclosure_dialog.setObjectName(u"disclosure_dialog")
        self.main_layout = QVBoxLayout(disclosure_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro = QLabel(disclosure_dialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.warning = QLabel(disclosure_dialog)
        self.warning.setObjectName(u"warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(u"color: #a4262c; font-weight: bold;")

        self.main_layout.addWidget(self.warning)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.recipient_label = QLabel(disclosure_dialog)
        self.recipient_label.setObjectName(u"recipient_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recipient_label)

        self.recipient = QLineEdit(disclosure_dialog)
        self.recipient.setObjectName(u"recipient")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recipient)

        self.basis_label = QLabel(disclosure_dialog)
        self.basis_label.setObjectName(u"basis_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.basis_label)

        self.basis = QComboBox(disclosure_dialog)
        self.basis.setObjectName(u"basis")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.basis)

        self.data_label = QLabel(disclosure_dialog)
        self.data_label.setObjectName(u"data_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.data_label)

        self.data = QLineEdit(disclosure_dialog)
        self.data.setObjectName(u"data")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.data)

        self.date_label = QLabel(disclosure_dialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.disclosed_on = QDateEdit(disclosure_dialog)
        self.disclosed_on.setObjectName(u"disclosed_on")
        self.disclosed_on.setCalendarPopup(True)
        self.disclosed_on.setDisplayFormat(u"d.M.yyyy")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.disclosed_on)


        self.main_layout.addLayout(self.form_layout)

        self.problem = QLabel(disclosure_dialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.main_layout.addWidget(self.problem)

        self.button_box = QDialogButtonBox(disclosure_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.recipient_label.setBuddy(self.recipient)
        self.basis_label.setBuddy(self.basis)
        self.data_label.setBuddy(self.data)
        self.date_label.setBuddy(self.disclosed_on)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(disclosure_dialog)

        QMetaObject.connectSlotsByName(disclosure_dialog)
    # setupUi

    def retranslateUi(self, disclosure_dialog):
        self.intro.setText(QCoreApplication.translate("DisclosureDialog", u"Record what was handed over outside the desk. The customer's access reply lists it.", None))
        self.warning.setText(QCoreApplication.translate("DisclosureDialog", u"Processing is restricted: only a legal claim (collection of an unpaid invoice) may be disclosed.", None))
        self.recipient_label.setText(QCoreApplication.translate("DisclosureDialog", u"&Recipient:", None))
        self.basis_label.setText(QCoreApplication.translate("DisclosureDialog", u"Legal &basis:", None))
        self.data_label.setText(QCoreApplication.translate("DisclosureDialog", u"&What data:", None))
        self.date_label.setText(QCoreApplication.translate("DisclosureDialog", u"&Date:", None))
        pass
    # retranslateUi

