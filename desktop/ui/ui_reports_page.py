# Generated from forms/reports_page.ui by packaging/build_ui.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
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
from PySide6.QtWidgets import (QApplication, QDateEdit, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_ReportsPage(object):
    def setupUi(self, reports_page):
        if not reports_page.objectName():
            reports_page.setObjectName(u"reports_page")
        self.main_layout = QVBoxLayout(reports_page)
        self.main_layout.setObjectName(u"main_layout")
        self.bar_layout = QHBoxLayout()
        self.bar_layout.setObjectName(u"bar_layout")
        self.first_label = QLabel(reports_page)
        self.first_label.setObjectName(u"first_label")

        self.bar_layout.addWidget(self.first_label)

        self.first = QDateEdit(reports_page)
        self.first.setObjectName(u"first")
        self.first.setCalendarPopup(True)
        self.first.setDisplayFormat(u"d.M.yyyy")

        self.bar_layout.addWidget(self.first)

        self.last_label = QLabel(reports_page)
        self.last_label.setObjectName(u"last_label")

        self.bar_layout.addWidget(self.last_label)

        self.last = QDateEdit(reports_page)
        self.last.setObjectName(u"last")
        self.last.setCalendarPopup(True)
        self.last.setDisplayFormat(u"d.M.yyyy")

        self.bar_layout.addWidget(self.last)

        self.show_button = QPushButton(reports_page)
        self.show_button.setObjectName(u"show_button")

        self.bar_layout.addWidget(self.show_button)

        self.pdf_button = QPushButton(reports_page)
        self.pdf_button.setObjectName(u"pdf_button")

        self.bar_layout.addWidget(self.pdf_button)

        self.csv_button = QPushButton(reports_page)
        self.csv_button.setObjectName(u"csv_button")

        self.bar_layout.addWidget(self.csv_button)

        self.bar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bar_layout.addItem(self.bar_spacer)

        self.bar_layout.setStretch(7, 1)

        self.main_layout.addLayout(self.bar_layout)

        self.status = QLabel(reports_page)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.main_layout.addWidget(self.status)

        self.scroll_area = QScrollArea(reports_page)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.content_grid = QGridLayout(self.content)
        self.content_grid.setObjectName(u"content_grid")
        self.summary = QLabel(self.content)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.content_grid.addWidget(self.summary, 0, 0, 1, 2)

        self.table = QTableView(self.content)
        self.table.setObjectName(u"table")
        self.table.setMinimumSize(QSize(0, 260))

        self.content_grid.addWidget(self.table, 3, 0, 1, 2)

        self.scroll_area.setWidget(self.content)

        self.main_layout.addWidget(self.scroll_area)

        self.main_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.first_label.setBuddy(self.first)
        self.last_label.setBuddy(self.last)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.first, self.last)
        QWidget.setTabOrder(self.last, self.show_button)
        QWidget.setTabOrder(self.show_button, self.pdf_button)
        QWidget.setTabOrder(self.pdf_button, self.csv_button)
        QWidget.setTabOrder(self.csv_button, self.table)
        QWidget.setTabOrder(self.table, self.scroll_area)

        self.retranslateUi(reports_page)

        QMetaObject.connectSlotsByName(reports_page)
    # setupUi

    def retranslateUi(self, reports_page):
        self.first_label.setText(QCoreApplication.translate("ReportsPage", u"&From:", None))
        self.last_label.setText(QCoreApplication.translate("ReportsPage", u"&To:", None))
        self.show_button.setText(QCoreApplication.translate("ReportsPage", u"Show report", None))
        self.pdf_button.setText(QCoreApplication.translate("ReportsPage", u"Save as PDF\u2026", None))
        self.csv_button.setText(QCoreApplication.translate("ReportsPage", u"Save as CSV\u2026", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Report figures", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

