# Generated from forms/customer_matcher.ui by packaging/build_ui.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_matcher.ui'
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
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_CustomerMatcher(object):
    def setupUi(self, customer_matcher):
        if not customer_matcher.objectName():
            customer_matcher.setObjectName(u"customer_matcher")
        self.main_layout = QVBoxLayout(customer_matcher)
        self.main_layout.setObjectName(u"main_layout")
        self.search = QLineEdit(customer_matcher)
        self.search.setObjectName(u"search")

        self.main_layout.addWidget(self.search)

        self.results = QListWidget(customer_matcher)
        self.results.setObjectName(u"results")
        self.results.setMaximumSize(QSize(16777215, 110))

        self.main_layout.addWidget(self.results)

        self.match_row = QHBoxLayout()
        self.match_row.setObjectName(u"match_row")
        self.message = QLabel(customer_matcher)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.match_row.addWidget(self.message)

        self.match_button = QPushButton(customer_matcher)
        self.match_button.setObjectName(u"match_button")

        self.match_row.addWidget(self.match_button)

        self.match_row.setStretch(0, 1)

        self.main_layout.addLayout(self.match_row)


        self.retranslateUi(customer_matcher)

        QMetaObject.connectSlotsByName(customer_matcher)
    # setupUi

    def retranslateUi(self, customer_matcher):
        customer_matcher.setTitle(QCoreApplication.translate("CustomerMatcher", u"Match to a customer", None))
        self.search.setPlaceholderText(QCoreApplication.translate("CustomerMatcher", u"Search by name, customer no., address \u2026", None))
        self.match_button.setText(QCoreApplication.translate("CustomerMatcher", u"Match to the selected customer", None))
    # retranslateUi

