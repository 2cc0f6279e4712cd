# Generated from forms/change_password_dialog.ui by packaging/build_ui.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_password_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ChangePasswordDialog(object):
    def setupUi(self, change_password_dialog):
        if not change_password_dialog.objectName():
            change_password_dialog.setObjectName(u"change_password_dialog")
        change_password_dialog.setMinimumSize(QSize(480, 0))
        change_password_dialog.setModal(True)
        self.main_layout = QVBoxLayout(change_password_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.info_label = QLabel(change_password_dialog)
        self.info_label.setObjectName(u"info_label")
        self.info_label.setWordWrap(True)
        self.info_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.info_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.new_label = QLabel(change_password_dialog)
        self.new_label.setObjectName(u"new_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.new_label)

        self.new_edit = QLineEdit(change_password_dialog)
        self.new_edit.setObjectName(u"new_edit")
        self.new_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.new_edit)

        self.again_label = QLabel(change_password_dialog)
        self.again_label.setObjectName(u"again_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.again_label)

        self.again_edit = QLineEdit(change_password_dialog)
        self.again_edit.setObjectName(u"again_edit")
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.again_edit)


        self.main_layout.addLayout(self.form_layout)

        self.hint_label = QLabel(change_password_dialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.message_label = QLabel(change_password_dialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setProperty(u"error", True)
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.buttons = QDialogButtonBox(change_password_dialog)
        self.buttons.setObjectName(u"buttons")

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.new_label.setBuddy(self.new_edit)
        self.again_label.setBuddy(self.again_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(change_password_dialog)

        QMetaObject.connectSlotsByName(change_password_dialog)
    # setupUi

    def retranslateUi(self, change_password_dialog):
        change_password_dialog.setWindowTitle(QCoreApplication.translate("ChangePasswordDialog", u"Choose a new password", None))
        self.new_label.setText(QCoreApplication.translate("ChangePasswordDialog", u"&New password:", None))
        self.again_label.setText(QCoreApplication.translate("ChangePasswordDialog", u"New password &again:", None))
    # retranslateUi

