"""The desk widgets: search panel, customer card, call panel and the prohibitions/consents widget.

Each widget is self-contained: it gets the database lane (``TaskRunner``) and talks to the services
only through ``desktop.operations.desk``. The main window composes them (see ``DeskPage``).
"""
