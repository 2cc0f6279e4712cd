# Generated from forms/claim_bar.ui by packaging/build_ui.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'claim_bar.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QWidget)

class Ui_ClaimBar(object):
    def setupUi(self, claim_bar):
        if not claim_bar.objectName():
            claim_bar.setObjectName(u"claim_bar")
        self.main_layout = QHBoxLayout(claim_bar)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLabel(claim_bar)
        self.line.setObjectName(u"line")
        self.line.setWordWrap(True)

        self.main_layout.addWidget(self.line)

        self.claim_button = QPushButton(claim_bar)
        self.claim_button.setObjectName(u"claim_button")

        self.main_layout.addWidget(self.claim_button)

        self.release_button = QPushButton(claim_bar)
        self.release_button.setObjectName(u"release_button")

        self.main_layout.addWidget(self.release_button)

        self.main_layout.setStretch(0, 1)

        self.retranslateUi(claim_bar)

        QMetaObject.connectSlotsByName(claim_bar)
    # setupUi

    def retranslateUi(self, claim_bar):
        self.claim_button.setText(QCoreApplication.translate("ClaimBar", u"Take it on", None))
#if QT_CONFIG(tooltip)
        self.claim_button.setToolTip(QCoreApplication.translate("ClaimBar", u"Work on this request yourself: everyone sees that you handle it", None))
#endif // QT_CONFIG(tooltip)
        self.release_button.setText(QCoreApplication.translate("ClaimBar", u"Release", None))
#if QT_CONFIG(tooltip)
        self.release_button.setToolTip(QCoreApplication.translate("ClaimBar", u"Give the request back to the queue", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

