-- Migration 0011 down: the user-administration functions as migration 0002 made them.
-- Executed as one script without bind parameters.

DROP FUNCTION desk_create_login(text, text, text, text, text);
DROP FUNCTION desk_set_login_password(text, text, text, text);
DROP FUNCTION desk_set_login_enabled(text, boolean, text, text);
DROP FUNCTION desk_check_scram_verifier(text);

CREATE OR REPLACE FUNCTION desk_check_staff_login(p_username text) RETURNS void
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

DO $$
DECLARE
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY['desk_check_staff_login(text)', 'desk_create_login(text, text, text)',
        'desk_set_login_password(text, text)', 'desk_set_login_enabled(text, boolean)'] LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO desk_owner', f);
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END
$$;
GRANT EXECUTE ON FUNCTION desk_create_login(text, text, text), desk_set_login_password(text, text),
    desk_set_login_enabled(text, boolean) TO desk_admin;
