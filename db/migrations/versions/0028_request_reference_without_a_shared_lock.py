"""request reference numbers without a lock a desk login can hold

Revision ID: 0028
Revises: 0027

Issue 11: a request's reference TP-<year>-<nnnnn> was drawn under ``pg_advisory_xact_lock(hashtext(
'palvelutiski.request_reference'))``. Advisory locks need no privilege, so any desk login could take that
key with psql (``SELECT pg_advisory_lock(…)``) and hold it: every registration on every desk waited.

Now (PostgreSQL) ``desk_request_reference(year)`` draws the number without waiting for anyone: it starts
from the count of the year's references, as before (so the numbers run on without a gap), and takes each
candidate's own advisory key with ``pg_try_advisory_xact_lock``; a key held elsewhere (a colleague's
registration in flight, or someone holding it on purpose) is skipped, never waited for. A desk login
holding keys can at worst cost numbers, not stop registrations. So that no in-flight row can make a
registration wait on the unique index either, a trigger lets a desk login insert (or change to) a
reference only while its transaction holds that reference's key — the key the function took, or one it
takes itself; held elsewhere, the statement is refused at once (DK010). Maintenance connections (the
migrator, demo data and bulk loads) are not desk logins and are not checked.
Nor can a desk login lock the table: ``LOCK TABLE`` in a mode that stops inserts needs the table-level
UPDATE privilege, so agents and supervisors now hold UPDATE on data_request column by column (every
column but ``id`` and ``reference``; a column added later needs its own grant, which
tests/security/test_pg_request_reference.py checks).
SQLite: nothing to do (the registering transaction holds the database's write lock; db/repositories/requests.py).
"""

from alembic import op

revision = "0028"
down_revision = "0027"
branch_labels = None
depends_on = None

UP = """
-- The advisory key of one reference: a space of our own (two-key form) and the reference's hash.
CREATE FUNCTION desk_request_reference_key(p_reference text) RETURNS integer[]
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT ARRAY[hashtext('palvelutiski.request_reference'), hashtext(p_reference)]
$$;

CREATE FUNCTION desk_request_reference(p_year integer) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_prefix text := 'TP-' || p_year::text || '-';
    v_number bigint;
    v_reference text;
    v_key integer[];
BEGIN
    IF p_year IS NULL OR p_year < 1000 OR p_year > 9999 THEN
        RAISE EXCEPTION 'no reference numbers for year %', p_year USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT count(*) + 1 INTO v_number FROM public.data_request WHERE reference LIKE v_prefix || '%';
    LOOP
        v_reference := v_prefix || CASE WHEN v_number < 100000 THEN lpad(v_number::text, 5, '0')
                                        ELSE v_number::text END;
        v_key := desk_request_reference_key(v_reference);
        -- Never waits: a key held elsewhere means the number is being taken (or held on purpose): next one.
        IF pg_try_advisory_xact_lock(v_key[1], v_key[2])
           AND NOT EXISTS (SELECT 1 FROM public.data_request WHERE reference = v_reference) THEN
            RETURN v_reference;
        END IF;
        v_number := v_number + 1;
    END LOOP;
END
$$;

CREATE FUNCTION desk_request_reference_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_key integer[];
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.reference IS NOT DISTINCT FROM OLD.reference THEN
        RETURN NEW;
    END IF;
    IF desk_staff_role(session_user) IS NULL THEN  -- a maintenance connection, not a desk login
        RETURN NEW;
    END IF;
    v_key := desk_request_reference_key(NEW.reference);
    -- Re-entrant: true when this transaction already holds the key (desk_request_reference took it).
    IF NOT pg_try_advisory_xact_lock(v_key[1], v_key[2]) THEN
        RAISE EXCEPTION 'reference % is being registered by another session', NEW.reference
            USING ERRCODE = 'DK010';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER data_request_reference_guard BEFORE INSERT OR UPDATE OF reference ON data_request
    FOR EACH ROW EXECUTE FUNCTION desk_request_reference_guard();

ALTER FUNCTION desk_request_reference_key(text) OWNER TO desk_owner;
ALTER FUNCTION desk_request_reference(integer) OWNER TO desk_owner;
ALTER FUNCTION desk_request_reference_guard() OWNER TO desk_owner;
REVOKE ALL ON FUNCTION desk_request_reference(integer), desk_request_reference_guard() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION desk_request_reference(integer) TO desk_agent, desk_supervisor;

REVOKE UPDATE ON data_request FROM desk_agent, desk_supervisor;
DO $$
DECLARE
    v_columns text;
BEGIN
    SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO v_columns
      FROM pg_attribute
     WHERE attrelid = 'public.data_request'::regclass AND attnum > 0 AND NOT attisdropped
       AND attname NOT IN ('id', 'reference');
    EXECUTE format('GRANT UPDATE (%s) ON data_request TO desk_agent, desk_supervisor', v_columns);
END
$$;
"""

DOWN = """
REVOKE UPDATE ON data_request FROM desk_agent, desk_supervisor;
GRANT UPDATE ON data_request TO desk_agent, desk_supervisor;
DROP TRIGGER data_request_reference_guard ON data_request;
DROP FUNCTION desk_request_reference_guard();
DROP FUNCTION desk_request_reference(integer);
DROP FUNCTION desk_request_reference_key(text);
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.get_bind().exec_driver_sql(UP, execution_options={"no_parameters": True})


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.get_bind().exec_driver_sql(DOWN, execution_options={"no_parameters": True})
