# Generated from forms/main_window.ui by packaging/build_ui.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
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
from PySide6.QtWidgets import (QApplication, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStatusBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, main_window):
        if not main_window.objectName():
            main_window.setObjectName(u"main_window")
        main_window.resize(1440, 900)
        main_window.setWindowTitle(u"Palvelutiski")
        self.action_lock = QAction(main_window)
        self.action_lock.setObjectName(u"action_lock")
        self.action_quit = QAction(main_window)
        self.action_quit.setObjectName(u"action_quit")
        self.action_find = QAction(main_window)
        self.action_find.setObjectName(u"action_find")
        self.action_new_call = QAction(main_window)
        self.action_new_call.setObjectName(u"action_new_call")
        self.action_new_request = QAction(main_window)
        self.action_new_request.setObjectName(u"action_new_request")
        self.action_shortcuts = QAction(main_window)
        self.action_shortcuts.setObjectName(u"action_shortcuts")
        self.action_about = QAction(main_window)
        self.action_about.setObjectName(u"action_about")
        self.central_widget = QWidget(main_window)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setSpacing(0)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(8, 8, 8, 4)
        self.desk_area = QWidget(self.central_widget)
        self.desk_area.setObjectName(u"desk_area")
        self.desk_area_layout = QVBoxLayout(self.desk_area)
        self.desk_area_layout.setObjectName(u"desk_area_layout")
        self.desk_area_layout.setContentsMargins(0, 0, 0, 0)

        self.central_layout.addWidget(self.desk_area)

        main_window.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(main_window)
        self.menu_bar.setObjectName(u"menu_bar")
        self.menu_session = QMenu(self.menu_bar)
        self.menu_session.setObjectName(u"menu_session")
        self.menu_customer = QMenu(self.menu_bar)
        self.menu_customer.setObjectName(u"menu_customer")
        self.menu_view = QMenu(self.menu_bar)
        self.menu_view.setObjectName(u"menu_view")
        self.menu_language = QMenu(self.menu_view)
        self.menu_language.setObjectName(u"menu_language")
        self.menu_help = QMenu(self.menu_bar)
        self.menu_help.setObjectName(u"menu_help")
        main_window.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(main_window)
        self.status_bar.setObjectName(u"status_bar")
        main_window.setStatusBar(self.status_bar)

        self.menu_bar.addAction(self.menu_session.menuAction())
        self.menu_bar.addAction(self.menu_customer.menuAction())
        self.menu_bar.addAction(self.menu_view.menuAction())
        self.menu_bar.addAction(self.menu_help.menuAction())
        self.menu_session.addAction(self.action_lock)
        self.menu_session.addSeparator()
        self.menu_session.addAction(self.action_quit)
        self.menu_customer.addAction(self.action_find)
        self.menu_customer.addAction(self.action_new_call)
        self.menu_customer.addAction(self.action_new_request)
        self.menu_view.addAction(self.menu_language.menuAction())
        self.menu_help.addAction(self.action_shortcuts)
        self.menu_help.addSeparator()
        self.menu_help.addAction(self.action_about)

        self.retranslateUi(main_window)

        QMetaObject.connectSlotsByName(main_window)
    # setupUi

    def retranslateUi(self, main_window):
        self.action_lock.setText(QCoreApplication.translate("MainWindow", u"&Lock the desk", None))
        self.action_quit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.action_find.setText(QCoreApplication.translate("MainWindow", u"&Find a customer", None))
        self.action_new_call.setText(QCoreApplication.translate("MainWindow", u"New &call", None))
        self.action_new_request.setText(QCoreApplication.translate("MainWindow", u"New written &request\u2026", None))
        self.action_shortcuts.setText(QCoreApplication.translate("MainWindow", u"&Keyboard shortcuts", None))
        self.action_about.setText(QCoreApplication.translate("MainWindow", u"&About Palvelutiski", None))
        self.menu_session.setTitle(QCoreApplication.translate("MainWindow", u"&Session", None))
        self.menu_customer.setTitle(QCoreApplication.translate("MainWindow", u"&Customer", None))
        self.menu_view.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menu_language.setTitle(QCoreApplication.translate("MainWindow", u"&Language", None))
        self.menu_help.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        pass
    # retranslateUi

