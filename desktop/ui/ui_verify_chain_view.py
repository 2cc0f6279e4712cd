# Generated from forms/verify_chain_view.ui by packaging/build_ui.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'verify_chain_view.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_VerifyChainView(object):
    def setupUi(self, verify_chain_view):
        if not verify_chain_view.objectName():
            verify_chain_view.setObjectName(u"verify_chain_view")
        self.main_layout = QVBoxLayout(verify_chain_view)
        self.main_layout.setObjectName(u"main_layout")
        self.intro = QLabel(verify_chain_view)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.receipt_form = QFormLayout()
        self.receipt_form.setObjectName(u"receipt_form")
        self.receipt_label = QLabel(verify_chain_view)
        self.receipt_label.setObjectName(u"receipt_label")

        self.receipt_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.receipt_label)

        self.receipt_edit = QLineEdit(verify_chain_view)
        self.receipt_edit.setObjectName(u"receipt_edit")

        self.receipt_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.receipt_edit)


        self.main_layout.addLayout(self.receipt_form)

        self.verify_button = QPushButton(verify_chain_view)
        self.verify_button.setObjectName(u"verify_button")

        self.main_layout.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.receipt_warning = QLabel(verify_chain_view)
        self.receipt_warning.setObjectName(u"receipt_warning")
        self.receipt_warning.setWordWrap(True)
        self.receipt_warning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.receipt_warning.setStyleSheet(u"color: #a31515; font-weight: bold;")

        self.main_layout.addWidget(self.receipt_warning)

        self.result_label = QLabel(verify_chain_view)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.result_label)

        self.output_layout = QHBoxLayout()
        self.output_layout.setObjectName(u"output_layout")
        self.receipt_output = QLineEdit(verify_chain_view)
        self.receipt_output.setObjectName(u"receipt_output")
        self.receipt_output.setReadOnly(True)

        self.output_layout.addWidget(self.receipt_output)

        self.copy_button = QPushButton(verify_chain_view)
        self.copy_button.setObjectName(u"copy_button")

        self.output_layout.addWidget(self.copy_button)

        self.print_button = QPushButton(verify_chain_view)
        self.print_button.setObjectName(u"print_button")

        self.output_layout.addWidget(self.print_button)

        self.output_layout.setStretch(0, 1)

        self.main_layout.addLayout(self.output_layout)

        self.book_layout = QHBoxLayout()
        self.book_layout.setObjectName(u"book_layout")
        self.save_button = QPushButton(verify_chain_view)
        self.save_button.setObjectName(u"save_button")

        self.book_layout.addWidget(self.save_button)

        self.book_status = QLabel(verify_chain_view)
        self.book_status.setObjectName(u"book_status")
        self.book_status.setWordWrap(True)

        self.book_layout.addWidget(self.book_status)

        self.book_layout.setStretch(1, 1)

        self.main_layout.addLayout(self.book_layout)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.main_layout.setStretch(7, 1)
#if QT_CONFIG(shortcut)
        self.receipt_label.setBuddy(self.receipt_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(verify_chain_view)

        QMetaObject.connectSlotsByName(verify_chain_view)
    # setupUi

    def retranslateUi(self, verify_chain_view):
        self.receipt_label.setText(QCoreApplication.translate("VerifyChainView", u"&Earlier receipt", None))
        self.receipt_edit.setPlaceholderText(QCoreApplication.translate("VerifyChainView", u"rows:hash (optional)", None))
        self.verify_button.setText(QCoreApplication.translate("VerifyChainView", u"Ve&rify chain", None))
        self.copy_button.setText(QCoreApplication.translate("VerifyChainView", u"Co&py", None))
        self.print_button.setText(QCoreApplication.translate("VerifyChainView", u"Pr&int\u2026", None))
        self.save_button.setText(QCoreApplication.translate("VerifyChainView", u"&Save receipts\u2026", None))
        pass
    # retranslateUi

