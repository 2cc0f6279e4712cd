"""profile legal bases

Revision ID: 0019
Revises: 0018

Issue 12: the printable register description / privacy notice (GDPR Art. 13/14) states the legal basis
of each purpose; the profile keeps it in controller_profile.legal_bases (fi/sv/en), NULL while the
utility has not stated it (the seeds do not): the notice's completeness check reports that gap.
"""

import json
from pathlib import Path

from alembic import op
import sqlalchemy as sa

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

PROFILES = Path(__file__).resolve().parents[3] / "resources" / "profiles"


def upgrade() -> None:
    with op.batch_alter_table("controller_profile") as batch:
        batch.add_column(sa.Column("legal_bases", sa.JSON(), nullable=True))
    bind = op.get_bind()
    profile = sa.table("controller_profile", sa.column("profile_key", sa.String()), sa.column("legal_bases", sa.JSON()))
    for key in bind.execute(sa.select(profile.c.profile_key)).scalars():
        path = PROFILES / f"{key}.json"
        bases = json.loads(path.read_text(encoding="utf-8")).get("legal_bases") if path.is_file() else None
        if bases:
            bind.execute(profile.update().where(profile.c.profile_key == key).values(legal_bases=bases))


def downgrade() -> None:
    with op.batch_alter_table("controller_profile") as batch:
        batch.drop_column("legal_bases")
