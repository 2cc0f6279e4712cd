# Generated from forms/queue_filters.ui by packaging/build_ui.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'queue_filters.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QHBoxLayout,
    QPushButton, QSizePolicy, QSpacerItem, QWidget)

class Ui_FilterBar(object):
    def setupUi(self, queue_filters):
        if not queue_filters.objectName():
            queue_filters.setObjectName(u"queue_filters")
        self.main_layout = QHBoxLayout(queue_filters)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.request_type = QComboBox(queue_filters)
        self.request_type.setObjectName(u"request_type")
        self.request_type.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.request_type.setMinimumContentsLength(9)

        self.main_layout.addWidget(self.request_type)

        self.channel = QComboBox(queue_filters)
        self.channel.setObjectName(u"channel")
        self.channel.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.channel.setMinimumContentsLength(9)

        self.main_layout.addWidget(self.channel)

        self.assignee = QComboBox(queue_filters)
        self.assignee.setObjectName(u"assignee")
        self.assignee.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.assignee.setMinimumContentsLength(9)

        self.main_layout.addWidget(self.assignee)

        self.due = QComboBox(queue_filters)
        self.due.setObjectName(u"due")
        self.due.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.due.setMinimumContentsLength(9)

        self.main_layout.addWidget(self.due)

        self.language = QComboBox(queue_filters)
        self.language.setObjectName(u"language")
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.language.setMinimumContentsLength(9)

        self.main_layout.addWidget(self.language)

        self.abandoned = QCheckBox(queue_filters)
        self.abandoned.setObjectName(u"abandoned")

        self.main_layout.addWidget(self.abandoned)

        self.views = QComboBox(queue_filters)
        self.views.setObjectName(u"views")
        self.views.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.views.setMinimumContentsLength(8)

        self.main_layout.addWidget(self.views)

        self.save_button = QPushButton(queue_filters)
        self.save_button.setObjectName(u"save_button")

        self.main_layout.addWidget(self.save_button)

        self.delete_button = QPushButton(queue_filters)
        self.delete_button.setObjectName(u"delete_button")

        self.main_layout.addWidget(self.delete_button)

        self.bar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.main_layout.addItem(self.bar_spacer)

        self.main_layout.setStretch(9, 1)

        self.retranslateUi(queue_filters)

        QMetaObject.connectSlotsByName(queue_filters)
    # setupUi

    def retranslateUi(self, queue_filters):
#if QT_CONFIG(accessibility)
        self.request_type.setAccessibleName(QCoreApplication.translate("FilterBar", u"Request type", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.channel.setAccessibleName(QCoreApplication.translate("FilterBar", u"Channel", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.assignee.setAccessibleName(QCoreApplication.translate("FilterBar", u"Handler", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.due.setAccessibleName(QCoreApplication.translate("FilterBar", u"Days left", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.language.setAccessibleName(QCoreApplication.translate("FilterBar", u"Customer's language", None))
#endif // QT_CONFIG(accessibility)
        self.abandoned.setText(QCoreApplication.translate("FilterBar", u"Unverified", None))
#if QT_CONFIG(tooltip)
        self.abandoned.setToolTip(QCoreApplication.translate("FilterBar", u"Show the requests waiting for the requester to confirm their identity (clarification letter sent, clock paused). Those unconfirmed after the setting requests.abandoned_after_days (60 days unless set) are closed, with the reason in their history.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.views.setAccessibleName(QCoreApplication.translate("FilterBar", u"Saved views", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.views.setToolTip(QCoreApplication.translate("FilterBar", u"Saved views: filters you named", None))
#endif // QT_CONFIG(tooltip)
        self.save_button.setText(QCoreApplication.translate("FilterBar", u"Save view\u2026", None))
        self.delete_button.setText(QCoreApplication.translate("FilterBar", u"Delete view", None))
        pass
    # retranslateUi

