"""Generated from forms/*.ui by packaging/build_ui.py; do not edit."""
