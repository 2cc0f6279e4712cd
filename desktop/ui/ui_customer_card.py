# Generated from forms/customer_card.ui by packaging/build_ui.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_card.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_CustomerCardView(object):
    def setupUi(self, customer_card):
        if not customer_card.objectName():
            customer_card.setObjectName(u"customer_card")
        self.edit_action = QAction(customer_card)
        self.edit_action.setObjectName(u"edit_action")
#if QT_CONFIG(shortcut)
        self.edit_action.setShortcut(u"Ctrl+E")
#endif // QT_CONFIG(shortcut)
        self.reveal_action = QAction(customer_card)
        self.reveal_action.setObjectName(u"reveal_action")
#if QT_CONFIG(shortcut)
        self.reveal_action.setShortcut(u"Ctrl+Shift+H")
#endif // QT_CONFIG(shortcut)
        self.reload_action = QAction(customer_card)
        self.reload_action.setObjectName(u"reload_action")
#if QT_CONFIG(shortcut)
        self.reload_action.setShortcut(u"F5")
#endif // QT_CONFIG(shortcut)
        self.close_action = QAction(customer_card)
        self.close_action.setObjectName(u"close_action")
#if QT_CONFIG(shortcut)
        self.close_action.setShortcut(u"Ctrl+W")
#endif // QT_CONFIG(shortcut)
        self.next_section_action = QAction(customer_card)
        self.next_section_action.setObjectName(u"next_section_action")
#if QT_CONFIG(shortcut)
        self.next_section_action.setShortcut(u"Ctrl+PgDown")
#endif // QT_CONFIG(shortcut)
        self.previous_section_action = QAction(customer_card)
        self.previous_section_action.setObjectName(u"previous_section_action")
#if QT_CONFIG(shortcut)
        self.previous_section_action.setShortcut(u"Ctrl+PgUp")
#endif // QT_CONFIG(shortcut)
        self.main_layout = QVBoxLayout(customer_card)
        self.main_layout.setObjectName(u"main_layout")
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.name = QLabel(customer_card)
        self.name.setObjectName(u"name")

        self.header_layout.addWidget(self.name)

        self.masked_id = QLabel(customer_card)
        self.masked_id.setObjectName(u"masked_id")
        self.masked_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.header_layout.addWidget(self.masked_id)

        self.reveal_button = QPushButton(customer_card)
        self.reveal_button.setObjectName(u"reveal_button")

        self.header_layout.addWidget(self.reveal_button)

        self.details = QLabel(customer_card)
        self.details.setObjectName(u"details")
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.header_layout.addWidget(self.details)

        self.header_layout.setStretch(3, 1)

        self.main_layout.addLayout(self.header_layout)

        self.message = QLabel(customer_card)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.main_layout.addWidget(self.message)

        self.empty_hint = QLabel(customer_card)
        self.empty_hint.setObjectName(u"empty_hint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setTextFormat(Qt.TextFormat.RichText)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.main_layout.addWidget(self.empty_hint)

        self.main_layout.setStretch(2, 1)

        self.retranslateUi(customer_card)

        QMetaObject.connectSlotsByName(customer_card)
    # setupUi

    def retranslateUi(self, customer_card):
        self.edit_action.setText(QCoreApplication.translate("CustomerCardView", u"Edit contact data", None))
        self.reveal_action.setText(QCoreApplication.translate("CustomerCardView", u"Show the full personal identity code (reason asked)", None))
        self.reload_action.setText(QCoreApplication.translate("CustomerCardView", u"Reload the card", None))
        self.close_action.setText(QCoreApplication.translate("CustomerCardView", u"Close the card", None))
        self.next_section_action.setText(QCoreApplication.translate("CustomerCardView", u"Next section of the card", None))
        self.previous_section_action.setText(QCoreApplication.translate("CustomerCardView", u"Previous section of the card", None))
        self.reveal_button.setText(QCoreApplication.translate("CustomerCardView", u"Show full code \u2026", None))
        pass
    # retranslateUi

