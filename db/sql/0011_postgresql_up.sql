-- Migration 0011 on PostgreSQL: user administration in the database audits itself (issue 10, item 5).
--
-- Executed as one script without bind parameters, so '%' and ':' below are plain SQL.
--
-- Before: desk_create_login / desk_set_login_password / desk_set_login_enabled, granted to desk_admin,
-- wrote no audit row when called directly (psql), so an admin could reset a supervisor's password,
-- sign in as them and reveal codes without a trace; a "verifier" that merely began with
-- 'SCRAM-SHA-256$' was stored by the server as a plaintext password; and the check of the target
-- login let through members of desk_owner, of several groups, and logins with CREATEDB/REPLICATION.
--
-- Now each function writes its own audit row through desk_audit_append (the one chain writer), under
-- session_user for every staff login; p_actor/p_role count only for maintenance connections (the
-- superuser or migrator running the admin CLI), exactly as desk_audit_append itself decides. The app
-- (desktop/services/users.py) calls these functions and writes no second row on PostgreSQL.

-- A real SCRAM-SHA-256 verifier as libpq computes it: SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>,
-- base64 parts, 32-byte keys, at least 4096 iterations. Anything else the server would keep as a
-- plaintext password, so it is refused.
CREATE FUNCTION desk_check_scram_verifier(p_verifier text) RETURNS void
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    m text[] := regexp_match(coalesce(p_verifier, ''),
        '^SCRAM-SHA-256\$([1-9][0-9]{3,8}):([A-Za-z0-9+/]{16,}={0,2})\$([A-Za-z0-9+/]{43}=):([A-Za-z0-9+/]{43}=)$');
    v_ok boolean := false;
BEGIN
    IF m IS NOT NULL AND m[1]::bigint >= 4096 AND length(m[2]) % 4 = 0 THEN
        BEGIN
            v_ok := length(decode(m[2], 'base64')) >= 12
                AND length(decode(m[3], 'base64')) = 32 AND length(decode(m[4], 'base64')) = 32;
        EXCEPTION WHEN OTHERS THEN
            v_ok := false;
        END;
    END IF;
    IF NOT v_ok THEN
        RAISE EXCEPTION 'a SCRAM-SHA-256 verifier is required' USING ERRCODE = 'invalid_parameter_value';
    END IF;
END
$$;

-- A staff login is an ordinary LOGIN role in exactly one desk group and nothing else: no superuser,
-- CREATEROLE, CREATEDB, REPLICATION or BYPASSRLS, no membership of desk_owner or of any other role.
-- Only such a login may have its password or LOGIN changed by a desk administrator.
CREATE OR REPLACE FUNCTION desk_check_staff_login(p_username text) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    PERFORM desk_check_login_name(p_username);
    IF desk_staff_role(p_username) IS NULL
       OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_username
                   AND (rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls))
       OR (SELECT count(*) FROM pg_auth_members m JOIN pg_roles u ON u.oid = m.member
            WHERE u.rolname = p_username) <> 1
       OR EXISTS (SELECT 1 FROM pg_roles u, pg_roles o WHERE u.rolname = p_username AND o.rolname = 'desk_owner'
                   AND pg_has_role(u.oid, o.oid, 'MEMBER')) THEN
        RAISE EXCEPTION 'not a desk login' USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

DROP FUNCTION desk_create_login(text, text, text);
DROP FUNCTION desk_set_login_password(text, text);
DROP FUNCTION desk_set_login_enabled(text, boolean);

CREATE FUNCTION desk_create_login(p_username text, p_group text, p_verifier text, p_actor text DEFAULT NULL,
                                  p_role text DEFAULT NULL) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    PERFORM desk_check_login_name(p_username);
    IF p_group IS NULL OR p_group NOT IN ('desk_agent', 'desk_supervisor', 'desk_admin', 'desk_auditor') THEN
        RAISE EXCEPTION 'invalid group' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM desk_check_scram_verifier(p_verifier);
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', p_username, p_verifier, p_group);
    -- The detail is db/audit.py's canonical JSON (sorted keys, no spaces): the same text either way.
    PERFORM desk_audit_append(coalesce(p_actor, session_user), p_role, 'user_created', NULL, NULL,
        '{"role":' || to_json(substr(p_group, 6))::text || ',"username":' || to_json(p_username)::text || '}');
END
$$;

CREATE FUNCTION desk_set_login_password(p_username text, p_verifier text, p_actor text DEFAULT NULL,
                                        p_role text DEFAULT NULL) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    PERFORM desk_check_staff_login(p_username);
    PERFORM desk_check_scram_verifier(p_verifier);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_username, p_verifier);
    PERFORM desk_audit_append(coalesce(p_actor, session_user), p_role, 'user_password_set', NULL, NULL,
        '{"username":' || to_json(p_username)::text || '}');
END
$$;

CREATE FUNCTION desk_set_login_enabled(p_username text, p_enabled boolean, p_actor text DEFAULT NULL,
                                       p_role text DEFAULT NULL) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    PERFORM desk_check_staff_login(p_username);
    IF p_enabled IS NULL THEN
        RAISE EXCEPTION 'enabled must be true or false' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('ALTER ROLE %I %s', p_username, CASE WHEN p_enabled THEN 'LOGIN' ELSE 'NOLOGIN' END);
    PERFORM desk_audit_append(coalesce(p_actor, session_user), p_role,
        CASE WHEN p_enabled THEN 'user_reactivated' ELSE 'user_deactivated' END, NULL, NULL,
        '{"username":' || to_json(p_username)::text || '}');
END
$$;

DO $$
DECLARE
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY['desk_check_scram_verifier(text)', 'desk_check_staff_login(text)',
        'desk_create_login(text, text, text, text, text)', 'desk_set_login_password(text, text, text, text)',
        'desk_set_login_enabled(text, boolean, text, text)'] LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO desk_owner', f);
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END
$$;
GRANT EXECUTE ON FUNCTION desk_create_login(text, text, text, text, text),
    desk_set_login_password(text, text, text, text), desk_set_login_enabled(text, boolean, text, text) TO desk_admin;
