# Generated from forms/requests_page.ui by packaging/build_ui.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'requests_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_RequestsPage(object):
    def setupUi(self, requests_page):
        if not requests_page.objectName():
            requests_page.setObjectName(u"requests_page")
        self.new_action = QAction(requests_page)
        self.new_action.setObjectName(u"new_action")
        self.main_layout = QVBoxLayout(requests_page)
        self.main_layout.setObjectName(u"main_layout")
        self.splitter = QSplitter(requests_page)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.queue_area = QWidget(self.splitter)
        self.queue_area.setObjectName(u"queue_area")
        self.queue_layout = QVBoxLayout(self.queue_area)
        self.queue_layout.setObjectName(u"queue_layout")
        self.queue_layout.setContentsMargins(0, 0, 0, 0)
        self.bar_layout = QHBoxLayout()
        self.bar_layout.setObjectName(u"bar_layout")
        self.new_button = QPushButton(self.queue_area)
        self.new_button.setObjectName(u"new_button")

        self.bar_layout.addWidget(self.new_button)

        self.state_filter = QComboBox(self.queue_area)
        self.state_filter.setObjectName(u"state_filter")

        self.bar_layout.addWidget(self.state_filter)

        self.show_closed = QCheckBox(self.queue_area)
        self.show_closed.setObjectName(u"show_closed")

        self.bar_layout.addWidget(self.show_closed)

        self.batch_button = QPushButton(self.queue_area)
        self.batch_button.setObjectName(u"batch_button")

        self.bar_layout.addWidget(self.batch_button)

        self.print_selected_button = QPushButton(self.queue_area)
        self.print_selected_button.setObjectName(u"print_selected_button")

        self.bar_layout.addWidget(self.print_selected_button)

        self.assignee = QComboBox(self.queue_area)
        self.assignee.setObjectName(u"assignee")

        self.bar_layout.addWidget(self.assignee)

        self.reassign_button = QPushButton(self.queue_area)
        self.reassign_button.setObjectName(u"reassign_button")
        self.reassign_button.setEnabled(False)

        self.bar_layout.addWidget(self.reassign_button)

        self.bar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bar_layout.addItem(self.bar_spacer)

        self.bar_layout.setStretch(7, 1)

        self.queue_layout.addLayout(self.bar_layout)

        self.table = QTableView(self.queue_area)
        self.table.setObjectName(u"table")

        self.queue_layout.addWidget(self.table)

        self.status = QLabel(self.queue_area)
        self.status.setObjectName(u"status")

        self.queue_layout.addWidget(self.status)

        self.queue_layout.setStretch(1, 1)
        self.splitter.addWidget(self.queue_area)

        self.main_layout.addWidget(self.splitter)

        QWidget.setTabOrder(self.table, self.state_filter)
        QWidget.setTabOrder(self.state_filter, self.show_closed)
        QWidget.setTabOrder(self.show_closed, self.new_button)
        QWidget.setTabOrder(self.new_button, self.batch_button)
        QWidget.setTabOrder(self.batch_button, self.print_selected_button)
        QWidget.setTabOrder(self.print_selected_button, self.assignee)
        QWidget.setTabOrder(self.assignee, self.reassign_button)

        requests_page.addAction(self.new_action)

        self.retranslateUi(requests_page)

        QMetaObject.connectSlotsByName(requests_page)
    # setupUi

    def retranslateUi(self, requests_page):
        self.new_action.setText(QCoreApplication.translate("RequestsPage", u"&New request\u2026", None))
        self.new_button.setText(QCoreApplication.translate("RequestsPage", u"New request\u2026", None))
        self.show_closed.setText(QCoreApplication.translate("RequestsPage", u"Show closed", None))
        self.batch_button.setText(QCoreApplication.translate("RequestsPage", u"Print all waiting letters\u2026", None))
        self.print_selected_button.setText(QCoreApplication.translate("RequestsPage", u"Print the chosen\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_selected_button.setToolTip(QCoreApplication.translate("RequestsPage", u"The waiting letters of the requests chosen in the queue (Ctrl+click or Shift+click to choose several)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.assignee.setToolTip(QCoreApplication.translate("RequestsPage", u"Agent or supervisor to hand the chosen request to", None))
#endif // QT_CONFIG(tooltip)
        self.reassign_button.setText(QCoreApplication.translate("RequestsPage", u"Reassign", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("RequestsPage", u"Request queue", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

