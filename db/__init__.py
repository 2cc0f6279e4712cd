"""Persistence: SQLAlchemy models, repositories, Alembic migrations, PostgreSQL security SQL."""
