-- Undo migration 0013 on PostgreSQL: desk_set_login_password as migration 0011 left it.
DROP FUNCTION desk_my_password_reset();
DROP FUNCTION desk_change_own_password(text);

CREATE OR REPLACE FUNCTION desk_set_login_password(p_username text, p_verifier text, p_actor text DEFAULT NULL,
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

DROP FUNCTION desk_effective_actor(text);
