-- Undo 0002 in this database only. The desk_* roles and the staff LOGIN roles are cluster-wide and may
-- serve other databases on the same server, so they stay; their grants here are revoked.

DROP VIEW IF EXISTS customer_masked;
DROP TRIGGER IF EXISTS audit_event_no_update_delete ON audit_event;
DROP TRIGGER IF EXISTS audit_event_no_truncate ON audit_event;
DROP FUNCTION IF EXISTS audit_event_append_only();
DROP FUNCTION IF EXISTS desk_note_login();
DROP FUNCTION IF EXISTS desk_set_login_enabled(text, boolean);
DROP FUNCTION IF EXISTS desk_set_login_password(text, text);
DROP FUNCTION IF EXISTS desk_create_login(text, text, text);
DROP FUNCTION IF EXISTS desk_check_staff_login(text);
DROP FUNCTION IF EXISTS desk_check_login_name(text);
DROP FUNCTION IF EXISTS desk_customer_accesses(bigint);
DROP FUNCTION IF EXISTS desk_hetu_store(bigint, text, boolean, text);
DROP FUNCTION IF EXISTS desk_hetu_reveal(bigint, text, text, text);
DROP FUNCTION IF EXISTS desk_hetu_lookup(text, text, text, text);
DROP FUNCTION IF EXISTS desk_audit_append(text, text, text, bigint, text, text);
DROP FUNCTION IF EXISTS desk_staff_role(name);

ALTER TABLE person_hetu OWNER TO CURRENT_USER;
ALTER TABLE database_secret OWNER TO CURRENT_USER;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM desk_agent, desk_supervisor, desk_admin, desk_auditor, desk_owner;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM desk_agent, desk_supervisor, desk_admin, desk_auditor, desk_owner;

-- pgcrypto may have been there before us or be used by something else: drop it only when unused.
DO $$
BEGIN
    DROP EXTENSION IF EXISTS pgcrypto;
EXCEPTION WHEN dependent_objects_still_exist THEN
    NULL;
END
$$;
