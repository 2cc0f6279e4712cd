# Generated from forms/intake_dialog.ui by packaging/build_ui.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_IntakeDialog(object):
    def setupUi(self, intake_dialog):
        if not intake_dialog.objectName():
            intake_dialog.setObjectName(u"intake_dialog")
        self.main_layout = QVBoxLayout(intake_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.type_label = QLabel(intake_dialog)
        self.type_label.setObjectName(u"type_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.type_label)

        self.request_type = QComboBox(intake_dialog)
        self.request_type.setObjectName(u"request_type")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.request_type)

        self.received_label = QLabel(intake_dialog)
        self.received_label.setObjectName(u"received_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.received_label)

        self.received = QDateEdit(intake_dialog)
        self.received.setObjectName(u"received")
        self.received.setDisplayFormat(u"d.M.yyyy")
        self.received.setCalendarPopup(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.received)

        self.channel_label = QLabel(intake_dialog)
        self.channel_label.setObjectName(u"channel_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.channel_label)

        self.channel = QComboBox(intake_dialog)
        self.channel.setObjectName(u"channel")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.channel)

        self.signed = QCheckBox(intake_dialog)
        self.signed.setObjectName(u"signed")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.signed)

        self.customer_label = QLabel(intake_dialog)
        self.customer_label.setObjectName(u"customer_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.customer_label)

        self.customer_search = QLineEdit(intake_dialog)
        self.customer_search.setObjectName(u"customer_search")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.customer_search)

        self.customer_list = QListWidget(intake_dialog)
        self.customer_list.setObjectName(u"customer_list")
        self.customer_list.setMaximumSize(QSize(16777215, 120))

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.customer_list)

        self.unidentified = QCheckBox(intake_dialog)
        self.unidentified.setObjectName(u"unidentified")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.unidentified)

        self.scan_label = QLabel(intake_dialog)
        self.scan_label.setObjectName(u"scan_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.scan_label)

        self.scan_ref = QLineEdit(intake_dialog)
        self.scan_ref.setObjectName(u"scan_ref")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.scan_ref)

        self.description_label = QLabel(intake_dialog)
        self.description_label.setObjectName(u"description_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description = QPlainTextEdit(intake_dialog)
        self.description.setObjectName(u"description")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.description)


        self.main_layout.addLayout(self.form_layout)

        self.message = QLabel(intake_dialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.main_layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(intake_dialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.type_label.setBuddy(self.request_type)
        self.received_label.setBuddy(self.received)
        self.channel_label.setBuddy(self.channel)
        self.customer_label.setBuddy(self.customer_search)
        self.scan_label.setBuddy(self.scan_ref)
        self.description_label.setBuddy(self.description)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(intake_dialog)

        QMetaObject.connectSlotsByName(intake_dialog)
    # setupUi

    def retranslateUi(self, intake_dialog):
        intake_dialog.setWindowTitle(QCoreApplication.translate("IntakeDialog", u"New written request", None))
        self.type_label.setText(QCoreApplication.translate("IntakeDialog", u"&Type:", None))
        self.received_label.setText(QCoreApplication.translate("IntakeDialog", u"&Received on:", None))
        self.channel_label.setText(QCoreApplication.translate("IntakeDialog", u"&Channel:", None))
        self.signed.setText(QCoreApplication.translate("IntakeDialog", u"Signed by the requester", None))
        self.customer_label.setText(QCoreApplication.translate("IntakeDialog", u"C&ustomer:", None))
        self.customer_search.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"Search by name, customer no., address \u2026", None))
        self.unidentified.setText(QCoreApplication.translate("IntakeDialog", u"Not yet identified", None))
        self.scan_label.setText(QCoreApplication.translate("IntakeDialog", u"&Scanned document:", None))
        self.scan_ref.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"Archive or scan number of the letter", None))
        self.description_label.setText(QCoreApplication.translate("IntakeDialog", u"&Request text:", None))
        self.description.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"What does the customer ask for?", None))
    # retranslateUi

