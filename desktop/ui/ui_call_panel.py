# Generated from forms/call_panel.ui by packaging/build_ui.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'call_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_CallPanel(object):
    def setupUi(self, call_panel):
        if not call_panel.objectName():
            call_panel.setObjectName(u"call_panel")
        call_panel.setFrameShape(QFrame.Shape.StyledPanel)
        call_panel.setStyleSheet(u"QPushButton:disabled { color: #8a96a3; }")
        self.new_call_action = QAction(call_panel)
        self.new_call_action.setObjectName(u"new_call_action")
#if QT_CONFIG(shortcut)
        self.new_call_action.setShortcut(u"F2")
#endif // QT_CONFIG(shortcut)
        self.accepted_action = QAction(call_panel)
        self.accepted_action.setObjectName(u"accepted_action")
#if QT_CONFIG(shortcut)
        self.accepted_action.setShortcut(u"F6")
#endif // QT_CONFIG(shortcut)
        self.objected_action = QAction(call_panel)
        self.objected_action.setObjectName(u"objected_action")
#if QT_CONFIG(shortcut)
        self.objected_action.setShortcut(u"F7")
#endif // QT_CONFIG(shortcut)
        self.notes_action = QAction(call_panel)
        self.notes_action.setObjectName(u"notes_action")
#if QT_CONFIG(shortcut)
        self.notes_action.setShortcut(u"Ctrl+Shift+N")
#endif // QT_CONFIG(shortcut)
        self.end_action = QAction(call_panel)
        self.end_action.setObjectName(u"end_action")
#if QT_CONFIG(shortcut)
        self.end_action.setShortcut(u"F8")
#endif // QT_CONFIG(shortcut)
        self.main_layout = QVBoxLayout(call_panel)
        self.main_layout.setObjectName(u"main_layout")
        self.whose = QLabel(call_panel)
        self.whose.setObjectName(u"whose")
        self.whose.setWordWrap(True)

        self.main_layout.addWidget(self.whose)

        self.title = QLabel(call_panel)
        self.title.setObjectName(u"title")

        self.main_layout.addWidget(self.title)

        self.script = QLabel(call_panel)
        self.script.setObjectName(u"script")
        self.script.setWordWrap(True)
        self.script.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.script)

        self.status = QLabel(call_panel)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.main_layout.addWidget(self.status)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.accept_button = QPushButton(call_panel)
        self.accept_button.setObjectName(u"accept_button")
        self.accept_button.setAutoDefault(False)

        self.button_layout.addWidget(self.accept_button)

        self.object_button = QPushButton(call_panel)
        self.object_button.setObjectName(u"object_button")
        self.object_button.setAutoDefault(False)

        self.button_layout.addWidget(self.object_button)

        self.end_button = QPushButton(call_panel)
        self.end_button.setObjectName(u"end_button")
        self.end_button.setAutoDefault(False)

        self.button_layout.addWidget(self.end_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.button_layout.setStretch(3, 1)

        self.main_layout.addLayout(self.button_layout)

        self.notes_line = QHBoxLayout()
        self.notes_line.setObjectName(u"notes_line")
        self.notes_label = QLabel(call_panel)
        self.notes_label.setObjectName(u"notes_label")

        self.notes_line.addWidget(self.notes_label)

        self.counter = QLabel(call_panel)
        self.counter.setObjectName(u"counter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.notes_line.addWidget(self.counter)

        self.notes_line.setStretch(0, 1)

        self.main_layout.addLayout(self.notes_line)

        self.notes = QPlainTextEdit(call_panel)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.main_layout.addWidget(self.notes)

#if QT_CONFIG(shortcut)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.notes, self.accept_button)
        QWidget.setTabOrder(self.accept_button, self.object_button)
        QWidget.setTabOrder(self.object_button, self.end_button)

        self.retranslateUi(call_panel)

        QMetaObject.connectSlotsByName(call_panel)
    # setupUi

    def retranslateUi(self, call_panel):
        self.new_call_action.setText(QCoreApplication.translate("CallPanel", u"New call", None))
        self.accepted_action.setText(QCoreApplication.translate("CallPanel", u"Recording notice given, customer accepted", None))
        self.objected_action.setText(QCoreApplication.translate("CallPanel", u"Customer objected to recording: stop recording", None))
        self.notes_action.setText(QCoreApplication.translate("CallPanel", u"Write call notes", None))
        self.end_action.setText(QCoreApplication.translate("CallPanel", u"End the call (with the notes)", None))
        self.accept_button.setText(QCoreApplication.translate("CallPanel", u"Notice given \u2013 accepted (F6)", None))
        self.object_button.setText(QCoreApplication.translate("CallPanel", u"Objected \u2013 stop recording (F7)", None))
        self.end_button.setText(QCoreApplication.translate("CallPanel", u"End call (F8)", None))
        self.notes_label.setText(QCoreApplication.translate("CallPanel", u"Call notes (Ctrl+Shift+N):", None))
        pass
    # retranslateUi

