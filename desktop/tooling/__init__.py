"""Tooling beside the use cases: database setup, demo data, CSV import, backup and restore.

Used by the administrator's command line (desktop/cli), the desk's ``--demo`` start (desktop/app.py)
and the tests; never by the views or operations. It may call services (creating the first users goes
through ``UserAdminService``'s rules) and db repositories; its SQL lives in db/ (db/repositories/bulk.py
for the bulk load's driver paths).
"""
