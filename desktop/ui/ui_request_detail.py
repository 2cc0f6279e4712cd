# Generated from forms/request_detail.ui by packaging/build_ui.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_detail.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTableView, QVBoxLayout, QWidget)

class Ui_RequestDetail(object):
    def setupUi(self, request_detail):
        if not request_detail.objectName():
            request_detail.setObjectName(u"request_detail")
        self.main_layout = QVBoxLayout(request_detail)
        self.main_layout.setObjectName(u"main_layout")
        self.title = QLabel(request_detail)
        self.title.setObjectName(u"title")

        self.main_layout.addWidget(self.title)

        self.deadline = QLabel(request_detail)
        self.deadline.setObjectName(u"deadline")

        self.main_layout.addWidget(self.deadline)

        self.duplicates = QLabel(request_detail)
        self.duplicates.setObjectName(u"duplicates")
        self.duplicates.setStyleSheet(u"color: #a4262c; font-weight: bold")

        self.main_layout.addWidget(self.duplicates)

        self.identity_box = QGroupBox(request_detail)
        self.identity_box.setObjectName(u"identity_box")
        self.identity_layout = QHBoxLayout(self.identity_box)
        self.identity_layout.setObjectName(u"identity_layout")
        self.identity_method = QComboBox(self.identity_box)
        self.identity_method.setObjectName(u"identity_method")

        self.identity_layout.addWidget(self.identity_method)

        self.identity_button = QPushButton(self.identity_box)
        self.identity_button.setObjectName(u"identity_button")

        self.identity_layout.addWidget(self.identity_button)

        self.clarify_button = QPushButton(self.identity_box)
        self.clarify_button.setObjectName(u"clarify_button")

        self.identity_layout.addWidget(self.clarify_button)

        self.identity_done = QLabel(self.identity_box)
        self.identity_done.setObjectName(u"identity_done")

        self.identity_layout.addWidget(self.identity_done)

        self.identity_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.identity_layout.addItem(self.identity_spacer)

        self.identity_layout.setStretch(4, 1)

        self.main_layout.addWidget(self.identity_box)

        self.workflow_box = QGroupBox(request_detail)
        self.workflow_box.setObjectName(u"workflow_box")
        self.workflow_layout = QVBoxLayout(self.workflow_box)
        self.workflow_layout.setObjectName(u"workflow_layout")
        self.reason = QLineEdit(self.workflow_box)
        self.reason.setObjectName(u"reason")

        self.workflow_layout.addWidget(self.reason)

        self.transition_box = QHBoxLayout()
        self.transition_box.setObjectName(u"transition_box")

        self.workflow_layout.addLayout(self.transition_box)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.sign_off_button = QPushButton(self.workflow_box)
        self.sign_off_button.setObjectName(u"sign_off_button")

        self.actions_layout.addWidget(self.sign_off_button)

        self.refuse_button = QPushButton(self.workflow_box)
        self.refuse_button.setObjectName(u"refuse_button")

        self.actions_layout.addWidget(self.refuse_button)

        self.extend_months = QSpinBox(self.workflow_box)
        self.extend_months.setObjectName(u"extend_months")
        self.extend_months.setMinimum(1)
        self.extend_months.setMaximum(2)

        self.actions_layout.addWidget(self.extend_months)

        self.extend_button = QPushButton(self.workflow_box)
        self.extend_button.setObjectName(u"extend_button")

        self.actions_layout.addWidget(self.extend_button)

        self.actions_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)

        self.actions_layout.setStretch(4, 1)

        self.workflow_layout.addLayout(self.actions_layout)


        self.main_layout.addWidget(self.workflow_box)

        self.letters_box = QGroupBox(request_detail)
        self.letters_box.setObjectName(u"letters_box")
        self.letters_layout = QVBoxLayout(self.letters_box)
        self.letters_layout.setObjectName(u"letters_layout")
        self.letters = QTableView(self.letters_box)
        self.letters.setObjectName(u"letters")

        self.letters_layout.addWidget(self.letters)

        self.letter_buttons = QHBoxLayout()
        self.letter_buttons.setObjectName(u"letter_buttons")
        self.preview_button = QPushButton(self.letters_box)
        self.preview_button.setObjectName(u"preview_button")

        self.letter_buttons.addWidget(self.preview_button)

        self.ack_button = QPushButton(self.letters_box)
        self.ack_button.setObjectName(u"ack_button")

        self.letter_buttons.addWidget(self.ack_button)

        self.posted_label = QLabel(self.letters_box)
        self.posted_label.setObjectName(u"posted_label")

        self.letter_buttons.addWidget(self.posted_label)

        self.posting_date = QDateEdit(self.letters_box)
        self.posting_date.setObjectName(u"posting_date")
        self.posting_date.setDisplayFormat(u"d.M.yyyy")

        self.letter_buttons.addWidget(self.posting_date)

        self.dispatch_button = QPushButton(self.letters_box)
        self.dispatch_button.setObjectName(u"dispatch_button")

        self.letter_buttons.addWidget(self.dispatch_button)

        self.letter_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.letter_buttons.addItem(self.letter_buttons_spacer)

        self.letter_buttons.setStretch(5, 1)

        self.letters_layout.addLayout(self.letter_buttons)


        self.main_layout.addWidget(self.letters_box)

        self.history_box = QGroupBox(request_detail)
        self.history_box.setObjectName(u"history_box")
        self.history_layout = QVBoxLayout(self.history_box)
        self.history_layout.setObjectName(u"history_layout")
        self.history = QTableView(self.history_box)
        self.history.setObjectName(u"history")

        self.history_layout.addWidget(self.history)


        self.main_layout.addWidget(self.history_box)

        self.message = QLabel(request_detail)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.main_layout.addWidget(self.message)

#if QT_CONFIG(shortcut)
        self.posted_label.setBuddy(self.posting_date)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(request_detail)

        QMetaObject.connectSlotsByName(request_detail)
    # setupUi

    def retranslateUi(self, request_detail):
        self.identity_box.setTitle(QCoreApplication.translate("RequestDetail", u"Identity check", None))
        self.identity_button.setText(QCoreApplication.translate("RequestDetail", u"Record identity check", None))
        self.clarify_button.setText(QCoreApplication.translate("RequestDetail", u"Needs clarification (letter, pause)", None))
        self.workflow_box.setTitle(QCoreApplication.translate("RequestDetail", u"Workflow", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("RequestDetail", u"Reason (hold, extension, refusal, withdrawal, clarification) or, at sign-off, what was done", None))
        self.sign_off_button.setText(QCoreApplication.translate("RequestDetail", u"Sign off and generate reply", None))
        self.refuse_button.setText(QCoreApplication.translate("RequestDetail", u"Refuse\u2026", None))
        self.extend_months.setSuffix(QCoreApplication.translate("RequestDetail", u" month(s)", None))
        self.extend_button.setText(QCoreApplication.translate("RequestDetail", u"Extend deadline (letter)", None))
        self.letters_box.setTitle(QCoreApplication.translate("RequestDetail", u"Letters", None))
        self.preview_button.setText(QCoreApplication.translate("RequestDetail", u"Preview and print\u2026", None))
        self.ack_button.setText(QCoreApplication.translate("RequestDetail", u"Acknowledgement letter", None))
        self.posted_label.setText(QCoreApplication.translate("RequestDetail", u"Posted on:", None))
        self.dispatch_button.setText(QCoreApplication.translate("RequestDetail", u"Mark posted", None))
        self.history_box.setTitle(QCoreApplication.translate("RequestDetail", u"History", None))
        pass
    # retranslateUi

