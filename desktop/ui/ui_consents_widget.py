# Generated from forms/consents_widget.ui by packaging/build_ui.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consents_widget.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ConsentsWidget(object):
    def setupUi(self, consents_widget):
        if not consents_widget.objectName():
            consents_widget.setObjectName(u"consents_widget")
        self.all_action = QAction(consents_widget)
        self.all_action.setObjectName(u"all_action")
#if QT_CONFIG(shortcut)
        self.all_action.setShortcut(u"Ctrl+Shift+M")
#endif // QT_CONFIG(shortcut)
        self.undo_action = QAction(consents_widget)
        self.undo_action.setObjectName(u"undo_action")
#if QT_CONFIG(shortcut)
        self.undo_action.setShortcut(u"Ctrl+Shift+Z")
#endif // QT_CONFIG(shortcut)
        self.main_layout = QVBoxLayout(consents_widget)
        self.main_layout.setObjectName(u"main_layout")
        self.consent_grid = QTableWidget(consents_widget)
        self.consent_grid.setObjectName(u"consent_grid")
        self.consent_grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.consent_grid.setTabKeyNavigation(False)
        self.consent_grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.main_layout.addWidget(self.consent_grid)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.source_form = QFormLayout()
        self.source_form.setObjectName(u"source_form")
        self.source_label = QLabel(consents_widget)
        self.source_label.setObjectName(u"source_label")

        self.source_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.source_label)

        self.source = QComboBox(consents_widget)
        self.source.setObjectName(u"source")

        self.source_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.source)

        self.valid_label = QLabel(consents_widget)
        self.valid_label.setObjectName(u"valid_label")

        self.source_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.valid_label)

        self.valid_until = QDateEdit(consents_widget)
        self.valid_until.setObjectName(u"valid_until")
        self.valid_until.setCalendarPopup(True)
        self.valid_until.setDisplayFormat(u"d.M.yyyy")

        self.source_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.valid_until)


        self.buttons_layout.addLayout(self.source_form)

        self.all_button = QPushButton(consents_widget)
        self.all_button.setObjectName(u"all_button")
#if QT_CONFIG(tooltip)
        self.all_button.setToolTip(u"Ctrl+Shift+M")
#endif // QT_CONFIG(tooltip)

        self.buttons_layout.addWidget(self.all_button)

        self.buttons_layout.setStretch(0, 1)

        self.main_layout.addLayout(self.buttons_layout)

        self.message_layout = QHBoxLayout()
        self.message_layout.setObjectName(u"message_layout")
        self.message = QLabel(consents_widget)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.message_layout.addWidget(self.message)

        self.undo_button = QPushButton(consents_widget)
        self.undo_button.setObjectName(u"undo_button")
        self.undo_button.setAutoDefault(False)

        self.message_layout.addWidget(self.undo_button)

        self.message_layout.setStretch(0, 1)

        self.main_layout.addLayout(self.message_layout)

        self.history_label = QLabel(consents_widget)
        self.history_label.setObjectName(u"history_label")

        self.main_layout.addWidget(self.history_label)

        self.consent_history = QTableWidget(consents_widget)
        if (self.consent_history.columnCount() < 6):
            self.consent_history.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.consent_history.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.consent_history.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.consent_history.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.consent_history.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.consent_history.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.consent_history.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.consent_history.setObjectName(u"consent_history")

        self.main_layout.addWidget(self.consent_history)

        self.main_layout.setStretch(4, 3)
#if QT_CONFIG(shortcut)
        self.source_label.setBuddy(self.source)
        self.valid_label.setBuddy(self.valid_until)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(consents_widget)

        QMetaObject.connectSlotsByName(consents_widget)
    # setupUi

    def retranslateUi(self, consents_widget):
        self.all_action.setText(QCoreApplication.translate("ConsentsWidget", u"No direct marketing of any kind", None))
        self.undo_action.setText(QCoreApplication.translate("ConsentsWidget", u"Undo the prohibition entry just recorded", None))
        self.source_label.setText(QCoreApplication.translate("ConsentsWidget", u"S&ource:", None))
        self.valid_label.setText(QCoreApplication.translate("ConsentsWidget", u"ASML valid &until:", None))
        self.all_button.setText(QCoreApplication.translate("ConsentsWidget", u"No direct marketing of any kind", None))
        self.history_label.setText(QCoreApplication.translate("ConsentsWidget", u"History (newest first)", None))
        ___qtablewidgetitem = self.consent_history.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ConsentsWidget", u"When", None))
        ___qtablewidgetitem1 = self.consent_history.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ConsentsWidget", u"Purpose", None))
        ___qtablewidgetitem2 = self.consent_history.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ConsentsWidget", u"Channel", None))
        ___qtablewidgetitem3 = self.consent_history.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ConsentsWidget", u"Decision", None))
        ___qtablewidgetitem4 = self.consent_history.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ConsentsWidget", u"Source", None))
        ___qtablewidgetitem5 = self.consent_history.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ConsentsWidget", u"Recorded by", None))
        pass
    # retranslateUi

