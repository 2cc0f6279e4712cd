# Generated from forms/search_panel.ui by packaging/build_ui.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'search_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QLineEdit, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_SearchPanel(object):
    def setupUi(self, search_panel):
        if not search_panel.objectName():
            search_panel.setObjectName(u"search_panel")
        self.main_layout = QVBoxLayout(search_panel)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.field = QLineEdit(search_panel)
        self.field.setObjectName(u"field")
        self.field.setClearButtonEnabled(True)

        self.main_layout.addWidget(self.field)

        self.table = QTableView(search_panel)
        self.table.setObjectName(u"table")
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setMinimumSectionSize(48)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.table)

        self.hint = QLabel(search_panel)
        self.hint.setObjectName(u"hint")

        self.main_layout.addWidget(self.hint)

        self.main_layout.setStretch(1, 1)

        self.retranslateUi(search_panel)

        QMetaObject.connectSlotsByName(search_panel)
    # setupUi

    def retranslateUi(self, search_panel):
#if QT_CONFIG(accessibility)
        self.field.setAccessibleName(QCoreApplication.translate("SearchPanel", u"Search", None))
#endif // QT_CONFIG(accessibility)
        self.field.setPlaceholderText(QCoreApplication.translate("SearchPanel", u"Name, customer no., address, phone, e-mail, metering point, business ID or identity code", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("SearchPanel", u"Search results", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

