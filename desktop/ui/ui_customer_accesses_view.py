# Generated from forms/customer_accesses_view.ui by packaging/build_ui.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_accesses_view.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.views.audit.common import AuditTable

class Ui_CustomerAccessesView(object):
    def setupUi(self, customer_accesses_view):
        if not customer_accesses_view.objectName():
            customer_accesses_view.setObjectName(u"customer_accesses_view")
        self.main_layout = QVBoxLayout(customer_accesses_view)
        self.main_layout.setObjectName(u"main_layout")
        self.number_layout = QHBoxLayout()
        self.number_layout.setObjectName(u"number_layout")
        self.number_label = QLabel(customer_accesses_view)
        self.number_label.setObjectName(u"number_label")

        self.number_layout.addWidget(self.number_label)

        self.number_edit = QLineEdit(customer_accesses_view)
        self.number_edit.setObjectName(u"number_edit")
        self.number_edit.setMaxLength(12)

        self.number_layout.addWidget(self.number_edit)

        self.list_button = QPushButton(customer_accesses_view)
        self.list_button.setObjectName(u"list_button")

        self.number_layout.addWidget(self.list_button)

        self.number_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.number_layout.addItem(self.number_spacer)

        self.number_layout.setStretch(3, 1)

        self.main_layout.addLayout(self.number_layout)

        self.heading = QLabel(customer_accesses_view)
        self.heading.setObjectName(u"heading")

        self.main_layout.addWidget(self.heading)

        self.table = AuditTable(customer_accesses_view)
        if (self.table.columnCount() < 5):
            self.table.setColumnCount(5)
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
        self.table.setObjectName(u"table")

        self.main_layout.addWidget(self.table)

#if QT_CONFIG(shortcut)
        self.number_label.setBuddy(self.number_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(customer_accesses_view)

        QMetaObject.connectSlotsByName(customer_accesses_view)
    # setupUi

    def retranslateUi(self, customer_accesses_view):
        self.number_label.setText(QCoreApplication.translate("CustomerAccessesView", u"Customer &number", None))
        self.list_button.setText(QCoreApplication.translate("CustomerAccessesView", u"Show acc&esses", None))
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CustomerAccessesView", u"When", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CustomerAccessesView", u"User", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CustomerAccessesView", u"Role", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("CustomerAccessesView", u"Action", None))
        ___qtablewidgetitem4 = self.table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("CustomerAccessesView", u"Purpose", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("CustomerAccessesView", u"Audited actions on the customer", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

