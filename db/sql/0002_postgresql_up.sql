-- Migration 0002 on PostgreSQL: desk roles, the identity-code vault, audited lookup and reveal,
-- the append-only audit chain and the user-administration functions.
--
-- Runs as a superuser, or as the database owner holding CREATEROLE. Executed as one script without
-- bind parameters (db/migrations/versions/0002_…), so '%' and ':' below are plain SQL.
--
-- Trust model: a desk employee connects as their own LOGIN role, a member of exactly one NOLOGIN
-- group (desk_agent, desk_supervisor, desk_admin, desk_auditor). The identity codes, the HMAC key and
-- the SECURITY DEFINER functions belong to the NOLOGIN role desk_owner; no desk group can read those
-- tables, only call the functions below, each of which writes its own audit row in the caller's
-- transaction. Superusers and members of desk_owner remain able to read everything (docs/security.md).

-- Roles are cluster-wide and shared by every database on the server (and by many test databases at
-- once): create them only when missing, and tolerate another migration creating them concurrently.
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['desk_agent', 'desk_supervisor', 'desk_admin', 'desk_auditor', 'desk_owner'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                -- desk_owner creates and alters staff logins, but only inside its own functions.
                EXECUTE format('CREATE ROLE %I NOLOGIN%s', r, CASE WHEN r = 'desk_owner' THEN ' CREATEROLE' ELSE '' END);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
    END LOOP;
    -- A non-superuser migrator must be able to hand objects to desk_owner (and take them back on downgrade).
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
       AND NOT pg_has_role(current_user, 'desk_owner', 'MEMBER') THEN
        EXECUTE format('GRANT desk_owner TO %I', current_user);
    END IF;
END
$$;

CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;

-- The vault: identity codes and keys belong to desk_owner and are granted to nobody.
ALTER TABLE person_hetu OWNER TO desk_owner;
ALTER TABLE database_secret OWNER TO desk_owner;
REVOKE ALL ON person_hetu, database_secret FROM PUBLIC;

-- What the SECURITY DEFINER functions (running as desk_owner) touch besides the vault.
GRANT SELECT, INSERT ON audit_event TO desk_owner;
GRANT USAGE ON SEQUENCE audit_event_id_seq TO desk_owner;
GRANT SELECT, UPDATE (last_login_at) ON staff_user TO desk_owner;
GRANT SELECT ON customer TO desk_owner;

-- Desk grants. Agents and supervisors work on customer data; the auditor reads it and the audit log;
-- the administrator runs users and settings and sees no customer data. Append-only tables get no
-- UPDATE/DELETE. Nobody but the functions below writes audit_event.
DO $$
DECLARE
    t text;
    customer_tables text[] := ARRAY['customer', 'postal_address', 'contact_point', 'bank_account', 'call',
        'disclosure', 'usage_site', 'contract', 'consumption_summary', 'invoice_summary', 'data_request', 'letter'];
    append_only text[] := ARRAY['consent_event', 'request_event'];
BEGIN
    FOREACH t IN ARRAY customer_tables LOOP
        EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO desk_agent, desk_supervisor', t);
        EXECUTE format('GRANT SELECT ON %I TO desk_auditor', t);
    END LOOP;
    FOREACH t IN ARRAY append_only LOOP
        EXECUTE format('GRANT SELECT, INSERT ON %I TO desk_agent, desk_supervisor', t);
        EXECUTE format('GRANT SELECT ON %I TO desk_auditor', t);
    END LOOP;
END
$$;
-- Contact points and bank accounts are replaced, not versioned, when the customer tells us new ones.
GRANT DELETE ON contact_point, bank_account TO desk_agent, desk_supervisor;
GRANT SELECT ON controller_profile, app_setting TO desk_agent, desk_supervisor, desk_auditor, desk_admin;
GRANT INSERT, UPDATE ON controller_profile, app_setting TO desk_admin;
GRANT SELECT ON staff_user TO desk_agent, desk_supervisor, desk_auditor, desk_admin;
GRANT INSERT, UPDATE ON staff_user TO desk_admin;
GRANT SELECT ON audit_event TO desk_auditor;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO desk_agent, desk_supervisor, desk_admin;
REVOKE ALL ON audit_event FROM desk_agent, desk_supervisor, desk_admin;

-- Customers as the desk sees them. The mask is desktop.core.hetu.mask: the first six characters (the
-- birth date, which staff confirm with the caller) followed by '*****'. The century sign is hidden as
-- well because since 2023 it is part of the identity (100190-999P and 100190Y999P are two different
-- people), so showing it would give away part of the code. The view belongs to desk_owner, which is
-- what lets it read person_hetu on behalf of roles that cannot. security_barrier keeps the planner
-- from evaluating a caller's (possibly leaky) WHERE functions on rows before the view's own
-- conditions: it costs nothing here and protects any filtering added to this view later.
CREATE VIEW customer_masked WITH (security_barrier) AS
SELECT c.id, c.customer_number, c.kind, c.first_names, c.last_name, c.company_name, c.business_id,
       c.language, c.name_source, c.created_at, c.version,
       CASE WHEN h.hetu IS NULL THEN NULL
            WHEN length(h.hetu) = 11 THEN substr(h.hetu, 1, 6) || '*****'
            ELSE '*****' END AS masked_hetu,
       h.is_temporary AS hetu_is_temporary
  FROM customer c
  LEFT JOIN person_hetu h ON h.customer_id = c.id;
ALTER VIEW customer_masked OWNER TO desk_owner;
GRANT SELECT ON customer_masked TO desk_agent, desk_supervisor, desk_auditor;

-- Append-only audit log: no UPDATE, DELETE or TRUNCATE for anyone, owner included (a superuser can
-- still disable the trigger; the hash chain and the auditor's receipt are what detect that).
CREATE FUNCTION audit_event_append_only() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

-- The desk group a login belongs to directly, without the 'desk_' prefix; NULL for anyone else
-- (superusers, the migrator). pg_has_role() is not used because it is true for superusers.
CREATE FUNCTION desk_staff_role(p_login name) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT substr(g.rolname, 6)
      FROM pg_auth_members m
      JOIN pg_roles g ON g.oid = m.roleid
      JOIN pg_roles u ON u.oid = m.member
     WHERE u.rolname = p_login
       AND g.rolname IN ('desk_agent', 'desk_supervisor', 'desk_admin', 'desk_auditor')
     ORDER BY g.rolname
     LIMIT 1
$$;

-- Appends one chained row; returns its hash. A staff login always appears under its own name and
-- group (session_user cannot be changed by SET ROLE or by a SECURITY DEFINER call), so p_actor and
-- p_role are only taken from maintenance connections (superuser, migrator, admin CLI), which could
-- write the table directly anyway. row_hash is computed exactly as db/audit.py does.
CREATE FUNCTION desk_audit_append(p_actor text, p_role text, p_action text, p_customer_id bigint,
                                  p_purpose text, p_detail text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_actor text := p_actor;
    v_role text := p_role;
    v_staff text := desk_staff_role(session_user);
    v_prev text;
    v_at timestamptz;
    v_hash text;
BEGIN
    IF v_staff IS NOT NULL THEN
        v_actor := session_user;
        v_role := v_staff;
    END IF;
    IF coalesce(v_actor, '') = '' OR p_action IS NULL OR p_action !~ '^[a-z_]{2,40}$' THEN
        RAISE EXCEPTION 'invalid audit row' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- Serialise appenders so two workstations never chain onto the same previous row.
    PERFORM pg_advisory_xact_lock(hashtext('palvelutiski.audit'));
    SELECT row_hash INTO v_prev FROM public.audit_event ORDER BY id DESC LIMIT 1;
    v_prev := coalesce(v_prev, repeat('0', 64));
    v_at := clock_timestamp();
    v_hash := encode(sha256(convert_to(concat_ws(chr(31),
        v_prev,
        to_char(v_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        v_actor, coalesce(v_role, ''), p_action, coalesce(p_customer_id::text, ''),
        coalesce(p_purpose, ''), coalesce(p_detail, '')), 'UTF8')), 'hex');
    INSERT INTO public.audit_event (occurred_at, actor, actor_role, action, customer_id, purpose, detail,
                                    prev_hash, row_hash)
    VALUES (v_at, v_actor, v_role, p_action, p_customer_id, p_purpose, p_detail, v_prev, v_hash);
    RETURN v_hash;
END
$$;

-- Exact lookup by the full code: HMAC-SHA256 blind index, at most one customer, always audited (a
-- miss too, so probing shows up in the log). Nothing else about the raw value is reachable: no LIKE,
-- no range, no ordering. A code that is not 11 characters long cannot match anything.
CREATE FUNCTION desk_hetu_lookup(p_code text, p_purpose text DEFAULT NULL, p_actor text DEFAULT NULL,
                                 p_role text DEFAULT NULL) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_code text := upper(btrim(coalesce(p_code, '')));
    v_key bytea;
    v_id bigint;
BEGIN
    SELECT value INTO v_key FROM public.database_secret WHERE name = 'hetu_hmac';
    IF v_key IS NULL THEN
        RAISE EXCEPTION 'the identity-code key has not been generated' USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF length(v_code) = 11 THEN
        SELECT customer_id INTO v_id FROM public.person_hetu
         WHERE blind_index = public.hmac(convert_to(v_code, 'UTF8'), v_key, 'sha256');
    END IF;
    PERFORM desk_audit_append(coalesce(p_actor, session_user), p_role, 'hetu_search', v_id, p_purpose,
                              CASE WHEN v_id IS NULL THEN '{"found":false}' ELSE '{"found":true}' END);
    RETURN v_id;
END
$$;

-- The full code for a supervisor who states why; the reason goes into the audit row (with any
-- identity code typed into it masked, as desktop.core.hetu.redact does).
CREATE FUNCTION desk_hetu_reveal(p_customer_id bigint, p_reason text, p_actor text DEFAULT NULL,
                                 p_role text DEFAULT NULL) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_reason text := btrim(coalesce(p_reason, ''));
    v_hetu text;
BEGIN
    IF v_reason = '' THEN
        RAISE EXCEPTION 'a reason is required to reveal an identity code' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    v_reason := regexp_replace(v_reason, '\y([0-9]{6})[-+A-FU-Y][0-9]{3}[0-9A-Y]\y', '\1*****', 'gi');
    SELECT hetu INTO v_hetu FROM public.person_hetu WHERE customer_id = p_customer_id;
    PERFORM desk_audit_append(coalesce(p_actor, session_user), p_role, 'hetu_reveal', p_customer_id, NULL,
                              '{"reason":' || to_json(v_reason)::text || '}');
    RETURN v_hetu;
END
$$;

-- Storing a new customer's code: the blind index is computed here so the key never leaves the server.
CREATE FUNCTION desk_hetu_store(p_customer_id bigint, p_code text, p_is_temporary boolean,
                                p_source text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_code text := upper(btrim(coalesce(p_code, '')));
    v_key bytea;
BEGIN
    IF v_code !~ '^[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]$' THEN
        RAISE EXCEPTION 'not an identity code' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT value INTO v_key FROM public.database_secret WHERE name = 'hetu_hmac';
    IF v_key IS NULL THEN
        RAISE EXCEPTION 'the identity-code key has not been generated' USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    INSERT INTO public.person_hetu (customer_id, hetu, blind_index, is_temporary, source)
    VALUES (p_customer_id, v_code, public.hmac(convert_to(v_code, 'UTF8'), v_key, 'sha256'), p_is_temporary,
            coalesce(p_source, 'contract'));
END
$$;

-- "Who opened customer X, when and why" for supervisors, who do not read the audit table itself.
CREATE FUNCTION desk_customer_accesses(p_customer_id bigint)
RETURNS TABLE (occurred_at timestamptz, actor text, actor_role text, action text, purpose text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT a.occurred_at, a.actor::text, a.actor_role::text, a.action::text, a.purpose::text
      FROM public.audit_event a
     WHERE a.customer_id = p_customer_id
     ORDER BY a.id
$$;

-- Staff logins. Usernames are lowercase identifiers (never quoted differently by psql), never a
-- reserved or desk_* name, and only ever members of exactly one desk group; passwords arrive as a
-- SCRAM verifier computed by the client (libpq), so no plaintext password reaches the server or its log.
CREATE FUNCTION desk_check_login_name(p_username text) RETURNS void
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF p_username IS NULL OR p_username !~ '^[a-z][a-z0-9_.-]{2,62}$' OR p_username ~ '^(pg_|desk_)'
       OR p_username IN ('postgres', 'public', 'root', 'admin_cli') THEN
        RAISE EXCEPTION 'invalid username' USING ERRCODE = 'invalid_name';
    END IF;
END
$$;

CREATE FUNCTION desk_check_staff_login(p_username text) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    PERFORM desk_check_login_name(p_username);
    IF desk_staff_role(p_username) IS NULL
       OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_username AND (rolsuper OR rolcreaterole OR rolbypassrls)) THEN
        RAISE EXCEPTION 'not a desk login' USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

CREATE FUNCTION desk_create_login(p_username text, p_group text, p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    PERFORM desk_check_login_name(p_username);
    IF p_group NOT IN ('desk_agent', 'desk_supervisor', 'desk_admin', 'desk_auditor') THEN
        RAISE EXCEPTION 'invalid group' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_verifier IS NULL OR p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'a SCRAM verifier is required' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', p_username, p_verifier, p_group);
END
$$;

CREATE FUNCTION desk_set_login_password(p_username text, p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    PERFORM desk_check_staff_login(p_username);
    IF p_verifier IS NULL OR p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'a SCRAM verifier is required' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_username, p_verifier);
END
$$;

CREATE FUNCTION desk_set_login_enabled(p_username text, p_enabled boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    PERFORM desk_check_staff_login(p_username);
    EXECUTE format('ALTER ROLE %I %s', p_username, CASE WHEN p_enabled THEN 'LOGIN' ELSE 'NOLOGIN' END);
END
$$;

CREATE FUNCTION desk_note_login() RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    UPDATE public.staff_user SET last_login_at = now() WHERE username = session_user
$$;

DO $$
DECLARE
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY['desk_staff_role(name)', 'desk_audit_append(text, text, text, bigint, text, text)',
        'desk_hetu_lookup(text, text, text, text)', 'desk_hetu_reveal(bigint, text, text, text)',
        'desk_hetu_store(bigint, text, boolean, text)', 'desk_customer_accesses(bigint)',
        'desk_check_login_name(text)', 'desk_check_staff_login(text)', 'desk_create_login(text, text, text)',
        'desk_set_login_password(text, text)', 'desk_set_login_enabled(text, boolean)', 'desk_note_login()'] LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO desk_owner', f);
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END
$$;
GRANT EXECUTE ON FUNCTION desk_audit_append(text, text, text, bigint, text, text), desk_note_login()
    TO desk_agent, desk_supervisor, desk_admin, desk_auditor;
GRANT EXECUTE ON FUNCTION desk_hetu_lookup(text, text, text, text) TO desk_agent, desk_supervisor, desk_auditor;
GRANT EXECUTE ON FUNCTION desk_hetu_store(bigint, text, boolean, text) TO desk_agent, desk_supervisor;
GRANT EXECUTE ON FUNCTION desk_hetu_reveal(bigint, text, text, text) TO desk_supervisor;
GRANT EXECUTE ON FUNCTION desk_customer_accesses(bigint) TO desk_supervisor, desk_auditor;
GRANT EXECUTE ON FUNCTION desk_create_login(text, text, text), desk_set_login_password(text, text),
    desk_set_login_enabled(text, boolean) TO desk_admin;
