-- Migration 0016 down: the one-step identity-code functions and the locked append of migrations 0002
-- 0011 and 0013. Executed as one script without bind parameters. Rows sealed in the v2 format stay as they
-- are (a downgraded verifier reports them as altered): downgrading past 0016 is for development only.

DROP FUNCTION desk_hetu_release_login(text, text, text);
DROP FUNCTION desk_hetu_suspended_logins();
DROP FUNCTION desk_hetu_reveal_result(text);
DROP FUNCTION desk_hetu_reveal_request(bigint, text, text, text);
DROP FUNCTION desk_hetu_lookup_result(text);
DROP FUNCTION desk_hetu_lookup_request(text, text, text, text);
DROP FUNCTION desk_hetu_redeem(text, text);
DROP FUNCTION desk_hetu_ticket(text, text, text, bigint);
DROP FUNCTION desk_audit_extends(bigint, text);
DROP FUNCTION desk_audit_head();
DROP FUNCTION desk_audit_append(text, text, text, bigint, text, text);
REVOKE SELECT ON app_setting FROM desk_owner;

CREATE OR REPLACE FUNCTION desk_staff_role(p_login name) RETURNS text
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

CREATE OR REPLACE FUNCTION desk_hetu_store(p_customer_id bigint, p_code text, p_is_temporary boolean,
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

CREATE OR REPLACE FUNCTION desk_create_login(p_username text, p_group text, p_verifier text, p_actor text DEFAULT NULL,
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

CREATE OR REPLACE FUNCTION desk_set_login_password(p_username text, p_verifier text, p_actor text DEFAULT NULL,
                                                   p_role text DEFAULT NULL) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_by text := left(desk_effective_actor(p_actor), 63);
BEGIN
    PERFORM desk_check_staff_login(p_username);
    PERFORM desk_check_scram_verifier(p_verifier);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_username, p_verifier);
    PERFORM desk_audit_append(coalesce(p_actor, session_user), p_role, 'user_password_set', NULL, NULL,
        '{"username":' || to_json(p_username)::text || '}');
    IF v_by = p_username THEN
        -- One's own password, set through the administrator's function: nobody else knows it.
        DELETE FROM public.password_reset WHERE username = p_username;
    ELSE
        INSERT INTO public.password_reset (username, reset_by, reset_at) VALUES (p_username, v_by, now())
        ON CONFLICT (username) DO UPDATE SET reset_by = excluded.reset_by, reset_at = excluded.reset_at;
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION desk_change_own_password(p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_login text := session_user;
BEGIN
    PERFORM desk_check_staff_login(v_login);
    PERFORM desk_check_scram_verifier(p_verifier);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', v_login, p_verifier);
    PERFORM desk_audit_append(v_login, NULL, 'user_password_changed', NULL, NULL,
        '{"username":' || to_json(v_login)::text || '}');
    DELETE FROM public.password_reset WHERE username = v_login;
END
$$;

CREATE OR REPLACE FUNCTION desk_set_login_enabled(p_username text, p_enabled boolean, p_actor text DEFAULT NULL,
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

DROP FUNCTION desk_audit_seal(integer, boolean);
DROP FUNCTION desk_audit_seal_one(audit_seal_state, bigint, timestamptz, text, text, text, bigint, text, text);
DROP FUNCTION desk_audit_write(text, text, text, bigint, text, text);
DROP FUNCTION desk_hetu_key();

DO $$
DECLARE
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY['desk_audit_append(text, text, text, bigint, text, text)',
        'desk_hetu_lookup(text, text, text, text)', 'desk_hetu_reveal(bigint, text, text, text)',
        'desk_hetu_store(bigint, text, boolean, text)'] LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO desk_owner', f);
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END
$$;
GRANT EXECUTE ON FUNCTION desk_audit_append(text, text, text, bigint, text, text)
    TO desk_agent, desk_supervisor, desk_admin, desk_auditor;
GRANT EXECUTE ON FUNCTION desk_hetu_lookup(text, text, text, text) TO desk_agent, desk_supervisor, desk_auditor;
GRANT EXECUTE ON FUNCTION desk_hetu_store(bigint, text, boolean, text) TO desk_agent, desk_supervisor;
GRANT EXECUTE ON FUNCTION desk_hetu_reveal(bigint, text, text, text) TO desk_supervisor;
