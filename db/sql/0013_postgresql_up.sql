-- Migration 0013 on PostgreSQL: a password someone else set must be changed at the next sign-in
-- (issue 10, item 5, last part).
--
-- Executed as one script without bind parameters, so '%' and ':' below are plain SQL.
--
-- password_reset (created by the Alembic migration) holds one row per login whose password was set by
-- somebody else: who (the same name desk_audit_append records) and when. It belongs to desk_owner and
-- no desk group has any privilege on it, so a desk administrator cannot clear or forge the flag with a
-- direct UPDATE/INSERT/DELETE (desk_admin has INSERT, UPDATE on staff_user, which is why the flag is not
-- a staff_user column). Only these SECURITY DEFINER functions, owned by desk_owner, write it:
--   desk_set_login_password   sets it when the caller is not the target (audit call unchanged from 0011)
--   desk_change_own_password  the signed-in login sets its own password and clears its flag
--   desk_my_password_reset    the signed-in login reads its own flag (nobody else's)

ALTER TABLE password_reset OWNER TO desk_owner;
REVOKE ALL ON password_reset FROM PUBLIC;

-- Who a call is recorded as: a staff login is always its session_user (as desk_audit_append decides);
-- a maintenance connection (owner, superuser, admin CLI) may name the actor.
CREATE FUNCTION desk_effective_actor(p_actor text) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT CASE WHEN desk_staff_role(session_user) IS NOT NULL THEN session_user::text
                ELSE coalesce(nullif(p_actor, ''), session_user::text) END
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

-- The signed-in login sets its own password (a SCRAM verifier computed on the workstation) and so
-- clears a pending reset. Only ever session_user's own password: there is no parameter naming a login.
CREATE FUNCTION desk_change_own_password(p_verifier text) RETURNS void
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

-- The signed-in login's own pending reset, if any: who set the password and when.
CREATE FUNCTION desk_my_password_reset() RETURNS TABLE (reset_by text, reset_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT r.reset_by::text, r.reset_at FROM public.password_reset r WHERE r.username = session_user
$$;

DO $$
DECLARE
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY['desk_effective_actor(text)', 'desk_set_login_password(text, text, text, text)',
        'desk_change_own_password(text)', 'desk_my_password_reset()'] LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO desk_owner', f);
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END
$$;
GRANT EXECUTE ON FUNCTION desk_set_login_password(text, text, text, text) TO desk_admin;
GRANT EXECUTE ON FUNCTION desk_change_own_password(text), desk_my_password_reset()
    TO desk_agent, desk_supervisor, desk_admin, desk_auditor;
