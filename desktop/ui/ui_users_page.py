# Generated from forms/users_page.ui by packaging/build_ui.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_UsersPage(object):
    def setupUi(self, users_page):
        if not users_page.objectName():
            users_page.setObjectName(u"users_page")
        self.main_layout = QHBoxLayout(users_page)
        self.main_layout.setObjectName(u"main_layout")
        self.left_layout = QVBoxLayout()
        self.left_layout.setObjectName(u"left_layout")
        self.table = QTableWidget(users_page)
        if (self.table.columnCount() < 6):
            self.table.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.table.setObjectName(u"table")

        self.left_layout.addWidget(self.table)

        self.message = QLabel(users_page)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.left_layout.addWidget(self.message)

        self.reload_button = QPushButton(users_page)
        self.reload_button.setObjectName(u"reload_button")

        self.left_layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignLeft)


        self.main_layout.addLayout(self.left_layout)

        self.right_layout = QVBoxLayout()
        self.right_layout.setObjectName(u"right_layout")
        self.new_box = QGroupBox(users_page)
        self.new_box.setObjectName(u"new_box")
        self.new_form = QFormLayout(self.new_box)
        self.new_form.setObjectName(u"new_form")
        self.username_label = QLabel(self.new_box)
        self.username_label.setObjectName(u"username_label")

        self.new_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_edit = QLineEdit(self.new_box)
        self.username_edit.setObjectName(u"username_edit")
        self.username_edit.setMaxLength(63)

        self.new_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username_edit)

        self.display_name_label = QLabel(self.new_box)
        self.display_name_label.setObjectName(u"display_name_label")

        self.new_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.display_name_label)

        self.display_name_edit = QLineEdit(self.new_box)
        self.display_name_edit.setObjectName(u"display_name_edit")
        self.display_name_edit.setMaxLength(100)

        self.new_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.display_name_edit)

        self.role_label = QLabel(self.new_box)
        self.role_label.setObjectName(u"role_label")

        self.new_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_combo = QComboBox(self.new_box)
        self.role_combo.setObjectName(u"role_combo")

        self.new_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role_combo)

        self.new_password_label = QLabel(self.new_box)
        self.new_password_label.setObjectName(u"new_password_label")

        self.new_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.new_password_label)

        self.new_password = QLineEdit(self.new_box)
        self.new_password.setObjectName(u"new_password")
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)

        self.new_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.new_password)

        self.new_password_again_label = QLabel(self.new_box)
        self.new_password_again_label.setObjectName(u"new_password_again_label")

        self.new_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.new_password_again_label)

        self.new_password_again = QLineEdit(self.new_box)
        self.new_password_again.setObjectName(u"new_password_again")
        self.new_password_again.setEchoMode(QLineEdit.EchoMode.Password)

        self.new_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.new_password_again)

        self.create_button = QPushButton(self.new_box)
        self.create_button.setObjectName(u"create_button")

        self.new_form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.create_button)

        self.new_message = QLabel(self.new_box)
        self.new_message.setObjectName(u"new_message")
        self.new_message.setWordWrap(True)
        self.new_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.new_form.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.new_message)


        self.right_layout.addWidget(self.new_box)

        self.selected_box = QGroupBox(users_page)
        self.selected_box.setObjectName(u"selected_box")
        self.selected_form = QFormLayout(self.selected_box)
        self.selected_form.setObjectName(u"selected_form")
        self.selected_label = QLabel(self.selected_box)
        self.selected_label.setObjectName(u"selected_label")

        self.selected_form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.selected_label)

        self.set_password_label = QLabel(self.selected_box)
        self.set_password_label.setObjectName(u"set_password_label")

        self.selected_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.set_password_label)

        self.set_password_edit = QLineEdit(self.selected_box)
        self.set_password_edit.setObjectName(u"set_password_edit")
        self.set_password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.selected_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.set_password_edit)

        self.set_password_again_label = QLabel(self.selected_box)
        self.set_password_again_label.setObjectName(u"set_password_again_label")

        self.selected_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.set_password_again_label)

        self.set_password_again = QLineEdit(self.selected_box)
        self.set_password_again.setObjectName(u"set_password_again")
        self.set_password_again.setEchoMode(QLineEdit.EchoMode.Password)

        self.selected_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.set_password_again)

        self.set_password_button = QPushButton(self.selected_box)
        self.set_password_button.setObjectName(u"set_password_button")

        self.selected_form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.set_password_button)

        self.selected_buttons = QHBoxLayout()
        self.selected_buttons.setObjectName(u"selected_buttons")
        self.unlock_button = QPushButton(self.selected_box)
        self.unlock_button.setObjectName(u"unlock_button")

        self.selected_buttons.addWidget(self.unlock_button)

        self.deactivate_button = QPushButton(self.selected_box)
        self.deactivate_button.setObjectName(u"deactivate_button")

        self.selected_buttons.addWidget(self.deactivate_button)


        self.selected_form.setLayout(4, QFormLayout.ItemRole.SpanningRole, self.selected_buttons)

        self.selected_message = QLabel(self.selected_box)
        self.selected_message.setObjectName(u"selected_message")
        self.selected_message.setWordWrap(True)
        self.selected_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.selected_form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.selected_message)


        self.right_layout.addWidget(self.selected_box)

        self.right_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.right_layout.addItem(self.right_spacer)

        self.right_layout.setStretch(2, 1)

        self.main_layout.addLayout(self.right_layout)

        self.main_layout.setStretch(0, 3)
        self.main_layout.setStretch(1, 2)
#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username_edit)
        self.display_name_label.setBuddy(self.display_name_edit)
        self.role_label.setBuddy(self.role_combo)
        self.new_password_label.setBuddy(self.new_password)
        self.new_password_again_label.setBuddy(self.new_password_again)
        self.set_password_label.setBuddy(self.set_password_edit)
        self.set_password_again_label.setBuddy(self.set_password_again)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(users_page)

        QMetaObject.connectSlotsByName(users_page)
    # setupUi

    def retranslateUi(self, users_page):
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("UsersPage", u"Username", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("UsersPage", u"Name", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("UsersPage", u"Role", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("UsersPage", u"Active", None))
        ___qtablewidgetitem4 = self.table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("UsersPage", u"Locked", None))
        ___qtablewidgetitem5 = self.table.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("UsersPage", u"Last sign-in", None))
        self.reload_button.setText(QCoreApplication.translate("UsersPage", u"&Reload", None))
        self.new_box.setTitle(QCoreApplication.translate("UsersPage", u"New user", None))
        self.username_label.setText(QCoreApplication.translate("UsersPage", u"&Username", None))
        self.username_edit.setPlaceholderText(QCoreApplication.translate("UsersPage", u"e.g. aino.virtanen", None))
        self.display_name_label.setText(QCoreApplication.translate("UsersPage", u"&Name", None))
        self.role_label.setText(QCoreApplication.translate("UsersPage", u"R&ole", None))
        self.new_password_label.setText(QCoreApplication.translate("UsersPage", u"&Password", None))
        self.new_password.setPlaceholderText(QCoreApplication.translate("UsersPage", u"at least 10 characters", None))
        self.new_password_again_label.setText(QCoreApplication.translate("UsersPage", u"Password &again", None))
        self.create_button.setText(QCoreApplication.translate("UsersPage", u"Cr&eate user", None))
        self.selected_box.setTitle(QCoreApplication.translate("UsersPage", u"Selected user", None))
        self.set_password_label.setText(QCoreApplication.translate("UsersPage", u"New pass&word", None))
        self.set_password_again_label.setText(QCoreApplication.translate("UsersPage", u"New password a&gain", None))
        self.set_password_button.setText(QCoreApplication.translate("UsersPage", u"Se&t password", None))
        self.unlock_button.setText(QCoreApplication.translate("UsersPage", u"Un&lock", None))
        self.deactivate_button.setText(QCoreApplication.translate("UsersPage", u"&Deactivate\u2026", None))
        pass
    # retranslateUi

