# Generated from forms/invoices_section.ui by packaging/build_ui.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'invoices_section.ui'
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
from PySide6.QtWidgets import (QApplication, QHeaderView, QLabel, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_InvoicesSection(object):
    def setupUi(self, invoices_section):
        if not invoices_section.objectName():
            invoices_section.setObjectName(u"invoices_section")
        self.main_layout = QVBoxLayout(invoices_section)
        self.main_layout.setObjectName(u"main_layout")
        self.title = QLabel(invoices_section)
        self.title.setObjectName(u"title")

        self.main_layout.addWidget(self.title)

        self.invoice_list = QTableWidget(invoices_section)
        if (self.invoice_list.columnCount() < 6):
            self.invoice_list.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.invoice_list.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.invoice_list.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.invoice_list.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.invoice_list.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.invoice_list.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.invoice_list.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.invoice_list.setObjectName(u"invoice_list")

        self.main_layout.addWidget(self.invoice_list)

        self.note = QLabel(invoices_section)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.main_layout.addWidget(self.note)

        self.summary = QLabel(invoices_section)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.main_layout.addWidget(self.summary)

        self.main_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.title.setBuddy(self.invoice_list)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(invoices_section)

        QMetaObject.connectSlotsByName(invoices_section)
    # setupUi

    def retranslateUi(self, invoices_section):
        ___qtablewidgetitem = self.invoice_list.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("InvoicesSection", u"Number", None))
        ___qtablewidgetitem1 = self.invoice_list.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("InvoicesSection", u"Date", None))
        ___qtablewidgetitem2 = self.invoice_list.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("InvoicesSection", u"Due date", None))
        ___qtablewidgetitem3 = self.invoice_list.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("InvoicesSection", u"Amount", None))
        ___qtablewidgetitem4 = self.invoice_list.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("InvoicesSection", u"State", None))
        ___qtablewidgetitem5 = self.invoice_list.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("InvoicesSection", u"Contract", None))
#if QT_CONFIG(accessibility)
        self.invoice_list.setAccessibleName(QCoreApplication.translate("InvoicesSection", u"Invoices", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

