# Generated from forms/login_dialog.ui by packaging/build_ui.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QSpinBox, QStackedWidget, QToolButton, QVBoxLayout,
    QWidget)

class Ui_LoginDialog(object):
    def setupUi(self, login_dialog):
        if not login_dialog.objectName():
            login_dialog.setObjectName(u"login_dialog")
        login_dialog.resize(460, 420)
        self.main_layout = QVBoxLayout(login_dialog)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 18)
        self.title_label = QLabel(login_dialog)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setText(u"Palvelutiski")

        self.main_layout.addWidget(self.title_label)

        self.subtitle_label = QLabel(login_dialog)
        self.subtitle_label.setObjectName(u"subtitle_label")
        self.subtitle_label.setWordWrap(True)

        self.main_layout.addWidget(self.subtitle_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.form_layout.setHorizontalSpacing(10)
        self.form_layout.setVerticalSpacing(8)
        self.username_label = QLabel(login_dialog)
        self.username_label.setObjectName(u"username_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_edit = QLineEdit(login_dialog)
        self.username_edit.setObjectName(u"username_edit")
        self.username_edit.setMaxLength(63)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username_edit)

        self.password_label = QLabel(login_dialog)
        self.password_label.setObjectName(u"password_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(login_dialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.database_label = QLabel(login_dialog)
        self.database_label.setObjectName(u"database_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.database_label)

        self.database_kind_combo = QComboBox(login_dialog)
        self.database_kind_combo.addItem("")
        self.database_kind_combo.addItem("")
        self.database_kind_combo.setObjectName(u"database_kind_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.database_kind_combo)

        self.database_stack = QStackedWidget(login_dialog)
        self.database_stack.setObjectName(u"database_stack")
        self.postgres_page = QWidget()
        self.postgres_page.setObjectName(u"postgres_page")
        self.postgres_layout = QFormLayout(self.postgres_page)
        self.postgres_layout.setObjectName(u"postgres_layout")
        self.postgres_layout.setContentsMargins(0, 0, 0, 0)
        self.host_label = QLabel(self.postgres_page)
        self.host_label.setObjectName(u"host_label")

        self.postgres_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.host_label)

        self.host_layout = QHBoxLayout()
        self.host_layout.setObjectName(u"host_layout")
        self.host_edit = QLineEdit(self.postgres_page)
        self.host_edit.setObjectName(u"host_edit")

        self.host_layout.addWidget(self.host_edit)

        self.port_spin = QSpinBox(self.postgres_page)
        self.port_spin.setObjectName(u"port_spin")
        self.port_spin.setMinimum(1)
        self.port_spin.setMaximum(65535)
        self.port_spin.setValue(5432)

        self.host_layout.addWidget(self.port_spin)


        self.postgres_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.host_layout)

        self.database_name_label = QLabel(self.postgres_page)
        self.database_name_label.setObjectName(u"database_name_label")

        self.postgres_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.database_name_label)

        self.database_name_edit = QLineEdit(self.postgres_page)
        self.database_name_edit.setObjectName(u"database_name_edit")

        self.postgres_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.database_name_edit)

        self.database_stack.addWidget(self.postgres_page)
        self.sqlite_page = QWidget()
        self.sqlite_page.setObjectName(u"sqlite_page")
        self.sqlite_layout = QHBoxLayout(self.sqlite_page)
        self.sqlite_layout.setObjectName(u"sqlite_layout")
        self.sqlite_layout.setContentsMargins(0, 0, 0, 0)
        self.sqlite_path_edit = QLineEdit(self.sqlite_page)
        self.sqlite_path_edit.setObjectName(u"sqlite_path_edit")

        self.sqlite_layout.addWidget(self.sqlite_path_edit)

        self.browse_button = QToolButton(self.sqlite_page)
        self.browse_button.setObjectName(u"browse_button")

        self.sqlite_layout.addWidget(self.browse_button)

        self.database_stack.addWidget(self.sqlite_page)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.database_stack)

        self.language_label = QLabel(login_dialog)
        self.language_label.setObjectName(u"language_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(login_dialog)
        self.language_combo.setObjectName(u"language_combo")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.remember_check = QCheckBox(login_dialog)
        self.remember_check.setObjectName(u"remember_check")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.remember_check)

        self.remember_note_label = QLabel(login_dialog)
        self.remember_note_label.setObjectName(u"remember_note_label")
        self.remember_note_label.setWordWrap(True)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.remember_note_label)


        self.main_layout.addLayout(self.form_layout)

        self.message_label = QLabel(login_dialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.message_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(login_dialog)
        self.button_box.setObjectName(u"button_box")

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username_edit)
        self.password_label.setBuddy(self.password_edit)
        self.database_label.setBuddy(self.database_kind_combo)
        self.host_label.setBuddy(self.host_edit)
        self.database_name_label.setBuddy(self.database_name_edit)
        self.language_label.setBuddy(self.language_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.database_kind_combo)
        QWidget.setTabOrder(self.database_kind_combo, self.host_edit)
        QWidget.setTabOrder(self.host_edit, self.port_spin)
        QWidget.setTabOrder(self.port_spin, self.database_name_edit)
        QWidget.setTabOrder(self.database_name_edit, self.sqlite_path_edit)
        QWidget.setTabOrder(self.sqlite_path_edit, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.remember_check)

        self.retranslateUi(login_dialog)

        QMetaObject.connectSlotsByName(login_dialog)
    # setupUi

    def retranslateUi(self, login_dialog):
        login_dialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"Palvelutiski \u2013 sign in", None))
        self.subtitle_label.setText(QCoreApplication.translate("LoginDialog", u"Customer service desk \u2013 sign in with your personal user name.", None))
        self.username_label.setText(QCoreApplication.translate("LoginDialog", u"&User name:", None))
        self.password_label.setText(QCoreApplication.translate("LoginDialog", u"&Password:", None))
        self.database_label.setText(QCoreApplication.translate("LoginDialog", u"&Database:", None))
        self.database_kind_combo.setItemText(0, QCoreApplication.translate("LoginDialog", u"Shared database (PostgreSQL)", None))
        self.database_kind_combo.setItemText(1, QCoreApplication.translate("LoginDialog", u"Database file on this computer (SQLite)", None))

        self.host_label.setText(QCoreApplication.translate("LoginDialog", u"&Server:", None))
        self.database_name_label.setText(QCoreApplication.translate("LoginDialog", u"Database &name:", None))
        self.browse_button.setText(QCoreApplication.translate("LoginDialog", u"Browse\u2026", None))
        self.language_label.setText(QCoreApplication.translate("LoginDialog", u"&Language:", None))
        self.remember_check.setText(QCoreApplication.translate("LoginDialog", u"&Remember the password on this computer", None))
    # retranslateUi

