# Generated from forms/audit_log_view.ui by packaging/build_ui.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_log_view.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.views.audit.common import AuditTable

class Ui_AuditLogView(object):
    def setupUi(self, audit_log_view):
        if not audit_log_view.objectName():
            audit_log_view.setObjectName(u"audit_log_view")
        self.main_layout = QVBoxLayout(audit_log_view)
        self.main_layout.setObjectName(u"main_layout")
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.action_label = QLabel(audit_log_view)
        self.action_label.setObjectName(u"action_label")

        self.filter_layout.addWidget(self.action_label)

        self.action_combo = QComboBox(audit_log_view)
        self.action_combo.setObjectName(u"action_combo")

        self.filter_layout.addWidget(self.action_combo)

        self.from_label = QLabel(audit_log_view)
        self.from_label.setObjectName(u"from_label")

        self.filter_layout.addWidget(self.from_label)

        self.from_edit = QLineEdit(audit_log_view)
        self.from_edit.setObjectName(u"from_edit")

        self.filter_layout.addWidget(self.from_edit)

        self.to_label = QLabel(audit_log_view)
        self.to_label.setObjectName(u"to_label")

        self.filter_layout.addWidget(self.to_label)

        self.to_edit = QLineEdit(audit_log_view)
        self.to_edit.setObjectName(u"to_edit")

        self.filter_layout.addWidget(self.to_edit)

        self.customer_label = QLabel(audit_log_view)
        self.customer_label.setObjectName(u"customer_label")

        self.filter_layout.addWidget(self.customer_label)

        self.customer_edit = QLineEdit(audit_log_view)
        self.customer_edit.setObjectName(u"customer_edit")
        self.customer_edit.setMaxLength(12)

        self.filter_layout.addWidget(self.customer_edit)

        self.search_button = QPushButton(audit_log_view)
        self.search_button.setObjectName(u"search_button")

        self.filter_layout.addWidget(self.search_button)

        self.filter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)

        self.filter_layout.setStretch(9, 1)

        self.main_layout.addLayout(self.filter_layout)

        self.table = AuditTable(audit_log_view)
        if (self.table.columnCount() < 7):
            self.table.setColumnCount(7)
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
        __qtablewidgetitem6 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        self.table.setObjectName(u"table")

        self.main_layout.addWidget(self.table)

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.more_button = QPushButton(audit_log_view)
        self.more_button.setObjectName(u"more_button")
        self.more_button.setEnabled(False)

        self.bottom_layout.addWidget(self.more_button)

        self.message = QLabel(audit_log_view)
        self.message.setObjectName(u"message")

        self.bottom_layout.addWidget(self.message)

        self.bottom_layout.setStretch(1, 1)

        self.main_layout.addLayout(self.bottom_layout)

#if QT_CONFIG(shortcut)
        self.action_label.setBuddy(self.action_combo)
        self.from_label.setBuddy(self.from_edit)
        self.to_label.setBuddy(self.to_edit)
        self.customer_label.setBuddy(self.customer_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(audit_log_view)

        self.search_button.setDefault(True)


        QMetaObject.connectSlotsByName(audit_log_view)
    # setupUi

    def retranslateUi(self, audit_log_view):
        self.action_label.setText(QCoreApplication.translate("AuditLogView", u"&Action", None))
        self.from_label.setText(QCoreApplication.translate("AuditLogView", u"&From", None))
        self.from_edit.setPlaceholderText(QCoreApplication.translate("AuditLogView", u"d.m.yyyy", None))
        self.to_label.setText(QCoreApplication.translate("AuditLogView", u"&To", None))
        self.to_edit.setPlaceholderText(QCoreApplication.translate("AuditLogView", u"d.m.yyyy", None))
        self.customer_label.setText(QCoreApplication.translate("AuditLogView", u"C&ustomer number", None))
        self.search_button.setText(QCoreApplication.translate("AuditLogView", u"Sea&rch", None))
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AuditLogView", u"Time", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AuditLogView", u"User", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AuditLogView", u"Role", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AuditLogView", u"Action", None))
        ___qtablewidgetitem4 = self.table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("AuditLogView", u"Customer", None))
        ___qtablewidgetitem5 = self.table.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("AuditLogView", u"Purpose", None))
        ___qtablewidgetitem6 = self.table.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("AuditLogView", u"Detail", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("AuditLogView", u"Audit log rows", None))
#endif // QT_CONFIG(accessibility)
        self.more_button.setText(QCoreApplication.translate("AuditLogView", u"&Older rows", None))
        pass
    # retranslateUi

