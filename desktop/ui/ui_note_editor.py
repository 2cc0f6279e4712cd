# Generated from forms/note_editor.ui by packaging/build_ui.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'note_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPlainTextEdit,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_NotesSection(object):
    def setupUi(self, note_editor):
        if not note_editor.objectName():
            note_editor.setObjectName(u"note_editor")
        self.add_action = QAction(note_editor)
        self.add_action.setObjectName(u"add_action")
#if QT_CONFIG(shortcut)
        self.add_action.setShortcut(u"Ctrl+Return")
#endif // QT_CONFIG(shortcut)
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.main_layout = QVBoxLayout(note_editor)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.label_line = QHBoxLayout()
        self.label_line.setObjectName(u"label_line")
        self.editor_label = QLabel(note_editor)
        self.editor_label.setObjectName(u"editor_label")

        self.label_line.addWidget(self.editor_label)

        self.counter = QLabel(note_editor)
        self.counter.setObjectName(u"counter")

        self.label_line.addWidget(self.counter)

        self.label_line.setStretch(0, 1)

        self.main_layout.addLayout(self.label_line)

        self.editor = QPlainTextEdit(note_editor)
        self.editor.setObjectName(u"editor")
        self.editor.setTabChangesFocus(True)

        self.main_layout.addWidget(self.editor)

        self.bottom_line = QHBoxLayout()
        self.bottom_line.setObjectName(u"bottom_line")
        self.message = QLabel(note_editor)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.bottom_line.addWidget(self.message)

        self.add_button = QPushButton(note_editor)
        self.add_button.setObjectName(u"add_button")
        self.add_button.setAutoDefault(False)

        self.bottom_line.addWidget(self.add_button)

        self.bottom_line.setStretch(0, 1)

        self.main_layout.addLayout(self.bottom_line)

#if QT_CONFIG(shortcut)
        self.editor_label.setBuddy(self.editor)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(note_editor)

        QMetaObject.connectSlotsByName(note_editor)
    # setupUi

    def retranslateUi(self, note_editor):
        self.add_action.setText(QCoreApplication.translate("NotesSection", u"Add the note", None))
        self.editor_label.setText(QCoreApplication.translate("NotesSection", u"&New note (kept on the customer, part of an access reply):", None))
#if QT_CONFIG(accessibility)
        self.editor.setAccessibleName(QCoreApplication.translate("NotesSection", u"New note", None))
#endif // QT_CONFIG(accessibility)
        self.add_button.setText(QCoreApplication.translate("NotesSection", u"Add note (Ctrl+Enter)", None))
        pass
    # retranslateUi

