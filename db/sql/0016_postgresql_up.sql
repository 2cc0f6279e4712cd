-- Migration 0016 on PostgreSQL: an audit trail that holds against a desk login's own SQL client.
--
-- Executed as one script without bind parameters, so '%' and ':' below are plain SQL.
--
-- 1. Appending takes no lock and changes no row. desk_audit_write inserts the audit row; desk_audit_seal
--    then gives each committed, unsealed row the next chain position as an audit_seal row. The sealer
--    locks the one row of audit_seal_lock — a table no desk role has any privilege on — with SKIP
--    LOCKED, so nobody ever waits on it; and it seals only from a READ COMMITTED statement, which sees
--    every seal committed before the lock was taken. audit_seal.seal_no is the primary key: a sealer
--    working from a stale head collides with the seal already there, so the chain cannot fork whatever
--    the isolation level. Advisory locks are not used: any login may take any advisory lock.
-- 2. An identity-code answer is handed out only after its audit row is committed. The *_request
--    functions audit the attempt and leave the answer in hetu_answer under a random ticket; the
--    *_result functions hand it out only when the row is visible and was not written by the caller's own
--    transaction — which, under MVCC, means it is committed. A rollback therefore undoes the answer
--    together with its audit row: there is nothing to read.
-- 3. Lookups that find nothing are counted per login (hetu_lookup_quota, updated on every lookup so a
--    hit and a miss cost the same); past the setting 'hetu_lookup_misses_per_hour' (default 10) the
--    login's lookups are refused until a supervisor releases it.
-- 4. Security actions are written only by these functions (desk_audit_write is granted to nobody);
--    desk_audit_append, for the application's own actions, refuses them.
-- 5. Desk roles may no longer store identity codes (the desk never does; imports run as maintenance),
--    so no function an agent may call answers differently for a code that exists.

ALTER TABLE audit_seal_state OWNER TO desk_owner;
ALTER TABLE audit_seal_lock OWNER TO desk_owner;
REVOKE ALL ON audit_seal_state, audit_seal_lock FROM PUBLIC;
REVOKE ALL ON audit_seal FROM PUBLIC;
GRANT SELECT, INSERT ON audit_seal TO desk_owner;
GRANT SELECT ON audit_seal TO desk_auditor;
CREATE TRIGGER audit_seal_no_update_delete BEFORE UPDATE OR DELETE ON audit_seal
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_seal_no_truncate BEFORE TRUNCATE ON audit_seal
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

ALTER TABLE hetu_lookup_quota OWNER TO desk_owner;
ALTER TABLE hetu_answer OWNER TO desk_owner;
REVOKE ALL ON hetu_lookup_quota, hetu_answer FROM PUBLIC;
GRANT SELECT ON app_setting TO desk_owner;

-- The desk group a login belongs to, as in migration 0002, but in PL/pgSQL (a SQL-language function that
-- cannot be inlined is planned again on every call; PL/pgSQL keeps its plan for the session) and read
-- through the catalog's index and syscache (regrole) instead of the pg_roles view: every audited call
-- asks, so it must cost microseconds.
CREATE OR REPLACE FUNCTION desk_staff_role(p_login name) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN (SELECT substr(m.roleid::regrole::text, 6)
              FROM pg_auth_members m
             WHERE m.member = to_regrole(quote_ident(p_login))
               AND m.roleid IN (to_regrole('desk_agent'), to_regrole('desk_supervisor'), to_regrole('desk_admin'),
                                to_regrole('desk_auditor'))
             ORDER BY 1
             LIMIT 1);
END
$$;

-- The one writer of audit rows. A staff login is always recorded under its own name and group
-- (session_user cannot be changed by SET ROLE or a SECURITY DEFINER call); p_actor/p_role count only
-- for maintenance connections (superuser, migrator, admin CLI). Seals what it can, never waiting.
CREATE FUNCTION desk_audit_write(p_actor text, p_role text, p_action text, p_customer_id bigint,
                                 p_purpose text, p_detail text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_actor text := p_actor;
    v_role text := p_role;
    v_staff text := desk_staff_role(session_user);
    v_id bigint;
BEGIN
    IF v_staff IS NOT NULL THEN
        v_actor := session_user;
        v_role := v_staff;
    END IF;
    IF coalesce(v_actor, '') = '' OR p_action IS NULL OR p_action !~ '^[a-z_]{2,40}$' THEN
        RAISE EXCEPTION 'invalid audit row' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- The transaction's id before the row's: the sealer's watermark relies on every audit id being
    -- allocated by a transaction that already had its own (desk_audit_seal).
    PERFORM pg_current_xact_id();
    INSERT INTO public.audit_event (occurred_at, actor, actor_role, action, customer_id, purpose, detail)
    VALUES (clock_timestamp(), v_actor, v_role, p_action, p_customer_id, p_purpose, p_detail)
    RETURNING id INTO v_id;
    -- Seal once per transaction: a long transaction that appends many rows would otherwise update the
    -- sealer's state row again and again (a chain of row versions every later call must walk). Its
    -- later rows are sealed by the next transaction that appends, or by a verification.
    IF current_setting('palvelutiski.sealed_in', true) IS DISTINCT FROM pg_current_xact_id()::text THEN
        PERFORM set_config('palvelutiski.sealed_in', pg_current_xact_id()::text, true);
        BEGIN
            PERFORM desk_audit_seal(5000, false);
        EXCEPTION WHEN OTHERS THEN
            -- The row is written; sealing waits for the next call, and verification reports it unsealed.
            RAISE WARNING 'audit rows could not be sealed: %', SQLERRM;
        END;
    END IF;
    RETURN v_id;
END
$$;

-- Seals up to p_limit committed rows in id order onto the head; returns how many. Returns 0 at once
-- when another transaction is sealing or the caller's isolation level could see a stale head.
CREATE FUNCTION desk_audit_seal_one(INOUT st public.audit_seal_state, p_id bigint, p_at timestamptz, p_actor text,
                                    p_role text, p_action text, p_customer_id bigint, p_purpose text, p_detail text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_hash text;
BEGIN
    st.head_no := st.head_no + 1;
    -- Exactly db/audit.py's row_hash (format v2).
    v_hash := encode(sha256(convert_to(concat_ws(chr(31), 'v2', st.head_hash, st.head_no::text, p_id::text,
        to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), p_actor, coalesce(p_role, ''), p_action,
        coalesce(p_customer_id::text, ''), coalesce(p_purpose, ''), coalesce(p_detail, '')), 'UTF8')), 'hex');
    INSERT INTO public.audit_seal (seal_no, event_id, prev_hash, row_hash) VALUES (st.head_no, p_id, st.head_hash, v_hash);
    st.head_hash := v_hash;
    st.sealed_max := greatest(st.sealed_max, p_id);
END
$$;

CREATE FUNCTION desk_audit_seal(p_limit integer DEFAULT 5000, p_late boolean DEFAULT true) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    st public.audit_seal_state;
    v_count integer := 0;
    v_upto bigint;
    v_head bigint;
    v_xid xid;
    v_top bigint;
    v_advance boolean;
    r record;
BEGIN
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        RETURN 0;
    END IF;
    -- The lock row is never updated, so SKIP LOCKED never has an update chain to follow (following one
    -- can wait on the transaction that made it); the state row is only read after the lock is held.
    PERFORM 1 FROM public.audit_seal_lock WHERE id = 1 FOR UPDATE SKIP LOCKED;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;
    SELECT * INTO st FROM public.audit_seal_state WHERE id = 1;
    v_head := st.head_no;
    -- New rows: every committed row above the highest sealed id, in id order (an index range scan).
    FOR r IN SELECT e.id, e.occurred_at, e.actor, e.actor_role, e.action, e.customer_id, e.purpose, e.detail
               FROM public.audit_event e WHERE e.id > st.sealed_max ORDER BY e.id LIMIT greatest(p_limit, 1) LOOP
        -- (An index range scan in id order; the check for a seal is a probe per row. With NOT EXISTS in
        -- the query, the cached generic plan became a sequential scan and a hash anti-join.)
        CONTINUE WHEN EXISTS (SELECT 1 FROM public.audit_seal s WHERE s.event_id = r.id);
        st := desk_audit_seal_one(st, r.id, r.occurred_at, r.actor, r.actor_role, r.action, r.customer_id,
                                  r.purpose, r.detail);
        v_count := v_count + 1;
    END LOOP;
    -- Late rows and the watermark. pending_upto was the highest id when pending_xmax was taken; every id
    -- up to it was allocated by a transaction that already had an id below pending_xmax (desk_audit_write
    -- takes its transaction id first). Once the oldest running transaction is at or past pending_xmax,
    -- all of them have ended: rows committed late (below ids already sealed) are sealed now, at later
    -- positions; what is still missing was rolled back. (A snapshot's xmin may be stale, which only
    -- delays this; it is cluster-wide. p_late, which verification passes, looks for late rows anyway.)
    -- This housekeeping runs when verification asks (p_late) and otherwise once every 32 positions: it
    -- costs a subtransaction and a write, and late rows are rare and need not be sealed at once.
    IF NOT p_late AND st.pending_xmax IS NOT NULL AND st.head_no / 32 = v_head / 32 THEN
        IF v_count = 0 THEN
            RETURN 0;  -- nothing changed: no new version of the state row
        END IF;
        UPDATE public.audit_seal_state SET head_no = st.head_no, head_hash = st.head_hash, sealed_max = st.sealed_max
         WHERE id = 1;
        RETURN v_count;
    END IF;
    v_advance := st.pending_xmax IS NOT NULL AND st.sealed_max >= st.pending_upto
                 AND pg_snapshot_xmin(pg_current_snapshot())::text::bigint >= st.pending_xmax;
    IF v_advance OR p_late THEN
        FOR r IN SELECT e.id, e.occurred_at, e.actor, e.actor_role, e.action, e.customer_id, e.purpose, e.detail
                   FROM public.audit_event e
                  WHERE e.id > st.sealed_upto AND e.id <= st.sealed_max ORDER BY e.id LOOP
            CONTINUE WHEN EXISTS (SELECT 1 FROM public.audit_seal s WHERE s.event_id = r.id);
            st := desk_audit_seal_one(st, r.id, r.occurred_at, r.actor, r.actor_role, r.action, r.customer_id,
                                      r.purpose, r.detail);
            v_count := v_count + 1;
        END LOOP;
    END IF;
    IF v_advance THEN
        st.sealed_upto := st.pending_upto;
        st.pending_xmax := NULL;
    END IF;
    IF st.pending_xmax IS NULL THEN
        SELECT coalesce(max(id), st.sealed_upto) INTO v_upto FROM public.audit_event;
        st.pending_upto := v_upto;
        -- The bound is a transaction id given out after v_upto was read: a subtransaction's, assigned at
        -- its first write. (A snapshot's xmax will not do: it is the latest *completed* id plus one, and
        -- running transactions may already hold higher ones.)
        BEGIN
            UPDATE public.audit_seal_state SET pending_upto = v_upto WHERE id = 1 RETURNING xmin INTO v_xid;
        EXCEPTION WHEN OTHERS THEN
            RAISE;
        END;
        v_top := pg_current_xact_id()::text::bigint;
        st.pending_xmax := (v_top >> 32 << 32) + v_xid::text::bigint + 1
            + CASE WHEN v_xid::text::bigint < (v_top & 4294967295) THEN 4294967296 ELSE 0 END;
    ELSIF v_count = 0 THEN
        RETURN 0;  -- nothing changed: no new version of the state row
    END IF;
    UPDATE public.audit_seal_state SET head_no = st.head_no, head_hash = st.head_hash, sealed_upto = st.sealed_upto,
           sealed_max = st.sealed_max, pending_upto = st.pending_upto, pending_xmax = st.pending_xmax WHERE id = 1;
    RETURN v_count;
END
$$;

-- The application's own audit rows (card opened, letter printed …). Security actions are refused:
-- only the functions of this file write them, so a row that says "reveal" is one.
DROP FUNCTION desk_audit_append(text, text, text, bigint, text, text);
CREATE FUNCTION desk_audit_append(p_actor text, p_role text, p_action text, p_customer_id bigint,
                                  p_purpose text, p_detail text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    -- Maintenance connections (superuser, migrator, admin CLI) may: they could write the table directly.
    IF desk_staff_role(session_user) IS NOT NULL
       AND (p_action ~ '^(hetu_|audit_chain|audit_seal)'
            OR p_action IN ('user_created', 'user_password_set', 'user_password_changed', 'user_deactivated',
                            'user_reactivated')) THEN
        RAISE EXCEPTION 'this action is recorded only by the database' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN desk_audit_write(p_actor, p_role, p_action, p_customer_id, p_purpose, p_detail);
END
$$;

-- The head of the sealed chain and how many rows wait for their seal (every desk role: it tells
-- nothing about customers, and lets a workstation keep a receipt of the chain it saw).
CREATE FUNCTION desk_audit_head(OUT seal_no bigint, OUT row_hash text, OUT unsealed bigint,
                                OUT oldest_unsealed timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT st.head_no, st.head_hash, u.n, u.oldest
      FROM public.audit_seal_state st
      CROSS JOIN LATERAL (SELECT count(*) AS n, min(e.occurred_at) AS oldest FROM public.audit_event e
                           WHERE e.id > st.sealed_max
                              OR (e.id > st.sealed_upto
                                  AND NOT EXISTS (SELECT 1 FROM public.audit_seal s WHERE s.event_id = e.id))) u
     WHERE st.id = 1
$$;-- Whether the chain still extends a receipt: the row at that position still carries that hash.
CREATE FUNCTION desk_audit_extends(p_seal_no bigint, p_row_hash text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM public.audit_seal WHERE seal_no = p_seal_no AND row_hash = lower(p_row_hash))
$$;

CREATE FUNCTION desk_hetu_key() RETURNS bytea
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_key bytea;
BEGIN
    SELECT value INTO v_key FROM public.database_secret WHERE name = 'hetu_hmac';
    IF v_key IS NULL THEN
        RAISE EXCEPTION 'the identity-code key has not been generated' USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    RETURN v_key;
END
$$;

CREATE FUNCTION desk_hetu_ticket(p_login text, p_kind text, p_outcome text, p_customer_id bigint) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_ticket text := encode(public.gen_random_bytes(24), 'hex');
BEGIN
    -- Only the login's own old tickets: deleting another login's rows could wait on its transaction.
    DELETE FROM public.hetu_answer WHERE login = p_login AND created_at < clock_timestamp() - interval '10 minutes';
    INSERT INTO public.hetu_answer (ticket, login, xact, created_at, kind, outcome, customer_id)
    VALUES (v_ticket, p_login, pg_current_xact_id()::text::bigint, clock_timestamp(), p_kind, p_outcome, p_customer_id);
    RETURN v_ticket;
END
$$;

-- The answer behind a ticket, once its audit row is committed. Errors: DK002 the ticket's transaction
-- is still the caller's own (commit first); DK003 no such ticket for this login (rolled back, expired
-- after a minute, or another login's).
CREATE FUNCTION desk_hetu_redeem(p_ticket text, p_kind text) RETURNS public.hetu_answer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_row public.hetu_answer;
BEGIN
    SELECT * INTO v_row FROM public.hetu_answer
     WHERE ticket = p_ticket AND kind = p_kind
       -- A staff login redeems only its own; maintenance connections read person_hetu anyway.
       AND (login = session_user OR desk_staff_role(session_user) IS NULL)
       AND created_at > clock_timestamp() - interval '1 minute';
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such answer: it was rolled back, has expired or is not yours' USING ERRCODE = 'DK003';
    END IF;
    IF v_row.xact = pg_current_xact_id_if_assigned()::text::bigint THEN
        RAISE EXCEPTION 'commit the request before asking for its answer' USING ERRCODE = 'DK002';
    END IF;
    DELETE FROM public.hetu_answer WHERE ticket = p_ticket;
    IF v_row.outcome = 'suspended' THEN
        RAISE EXCEPTION 'identity-code lookups are suspended for this login; a supervisor can release them'
            USING ERRCODE = 'DK001';
    END IF;
    RETURN v_row;
END
$$;

-- Exact lookup by the full code: HMAC-SHA256 blind index, at most one customer, always audited.
CREATE FUNCTION desk_hetu_lookup_request(p_code text, p_purpose text DEFAULT NULL, p_actor text DEFAULT NULL,
                                         p_role text DEFAULT NULL) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_code text := upper(btrim(coalesce(p_code, '')));
    v_key bytea := desk_hetu_key();
    v_login text := desk_effective_actor(p_actor);
    v_limit integer;
    v_id bigint;
    q public.hetu_lookup_quota;
BEGIN
    SELECT coalesce((SELECT value FROM public.app_setting WHERE key = 'hetu_lookup_misses_per_hour'
                      AND value ~ '^[0-9]{1,6}$')::integer, 10) INTO v_limit;
    -- The login's own quota row, locked: only the same login's other sessions ever wait on it, and a
    -- stale REPEATABLE READ snapshot cannot count past it (its UPDATE would fail to serialise).
    INSERT INTO public.hetu_lookup_quota (login, window_start, misses) VALUES (v_login, now(), 0)
        ON CONFLICT (login) DO NOTHING;
    SELECT * INTO q FROM public.hetu_lookup_quota WHERE login = v_login FOR UPDATE;
    IF q.suspended_at IS NOT NULL THEN
        PERFORM desk_audit_write(p_actor, p_role, 'hetu_search_refused', NULL, p_purpose, '{"reason":"suspended"}');
        RETURN desk_hetu_ticket(v_login, 'lookup', 'suspended', NULL);
    END IF;
    IF length(v_code) = 11 THEN
        SELECT customer_id INTO v_id FROM public.person_hetu
         WHERE blind_index = public.hmac(convert_to(v_code, 'UTF8'), v_key, 'sha256');
    END IF;
    PERFORM desk_audit_write(p_actor, p_role, 'hetu_search', v_id, p_purpose,
                             CASE WHEN v_id IS NULL THEN '{"found":false}' ELSE '{"found":true}' END);
    IF q.window_start < now() - interval '1 hour' THEN
        q.window_start := now();
        q.misses := 0;
    END IF;
    IF v_id IS NULL THEN
        q.misses := q.misses + 1;
        IF q.misses >= v_limit THEN
            q.suspended_at := now();
            PERFORM desk_audit_write(p_actor, p_role, 'hetu_lookups_suspended', NULL, NULL,
                '{"misses":' || q.misses || ',"username":' || to_json(v_login)::text || '}');
        END IF;
    END IF;
    -- Written on a hit as well, so that a hit and a miss take the same work.
    UPDATE public.hetu_lookup_quota SET window_start = q.window_start, misses = q.misses,
           suspended_at = q.suspended_at WHERE login = v_login;
    RETURN desk_hetu_ticket(v_login, 'lookup', 'answered', v_id);
END
$$;

CREATE FUNCTION desk_hetu_lookup_result(p_ticket text) RETURNS bigint
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT (desk_hetu_redeem(p_ticket, 'lookup')).customer_id
$$;

-- The full code for a supervisor who states why; the reason goes into the audit row (with any identity
-- code typed into it masked, as desktop.core.hetu.redact does).
CREATE FUNCTION desk_hetu_reveal_request(p_customer_id bigint, p_reason text, p_actor text DEFAULT NULL,
                                         p_role text DEFAULT NULL) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_reason text := btrim(coalesce(p_reason, ''));
BEGIN
    IF v_reason = '' THEN
        RAISE EXCEPTION 'a reason is required to reveal an identity code' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    v_reason := regexp_replace(v_reason, '\y([0-9]{6})[-+A-FU-Y][0-9]{3}[0-9A-Y]\y', '\1*****', 'gi');
    PERFORM desk_audit_write(p_actor, p_role, 'hetu_reveal', p_customer_id, NULL,
                             '{"reason":' || to_json(v_reason)::text || '}');
    RETURN desk_hetu_ticket(desk_effective_actor(p_actor), 'reveal', 'answered', p_customer_id);
END
$$;

CREATE FUNCTION desk_hetu_reveal_result(p_ticket text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_row public.hetu_answer := desk_hetu_redeem(p_ticket, 'reveal');
BEGIN
    RETURN (SELECT h.hetu FROM public.person_hetu h WHERE h.customer_id = v_row.customer_id);
END
$$;

-- Logins whose lookups are suspended, for supervisors and the auditor.
CREATE FUNCTION desk_hetu_suspended_logins()
RETURNS TABLE (username text, suspended_at timestamptz, misses integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT q.login::text, q.suspended_at, q.misses FROM public.hetu_lookup_quota q
     WHERE q.suspended_at IS NOT NULL ORDER BY q.suspended_at
$$;

-- A supervisor releases another login's lookups (never their own).
CREATE FUNCTION desk_hetu_release_login(p_username text, p_actor text DEFAULT NULL, p_role text DEFAULT NULL)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF p_username = desk_effective_actor(p_actor) THEN
        RAISE EXCEPTION 'another supervisor must release your lookups' USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE public.hetu_lookup_quota SET suspended_at = NULL, misses = 0, window_start = now()
     WHERE login = p_username AND suspended_at IS NOT NULL;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    PERFORM desk_audit_write(p_actor, p_role, 'hetu_lookups_released', NULL, NULL,
                             '{"username":' || to_json(p_username)::text || '}');
    RETURN true;
END
$$;

-- Storing a customer's code (imports and maintenance only). Errors say nothing about other codes.
CREATE OR REPLACE FUNCTION desk_hetu_store(p_customer_id bigint, p_code text, p_is_temporary boolean,
                                           p_source text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_code text := upper(btrim(coalesce(p_code, '')));
BEGIN
    IF v_code !~ '^[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]$' THEN
        RAISE EXCEPTION 'not an identity code' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO public.person_hetu (customer_id, hetu, blind_index, is_temporary, source)
    VALUES (p_customer_id, v_code, public.hmac(convert_to(v_code, 'UTF8'), desk_hetu_key(), 'sha256'),
            p_is_temporary, coalesce(p_source, 'contract'));
EXCEPTION
    WHEN unique_violation OR foreign_key_violation THEN
        RAISE EXCEPTION 'the identity code could not be stored' USING ERRCODE = 'invalid_parameter_value';
END
$$;
REVOKE EXECUTE ON FUNCTION desk_hetu_store(bigint, text, boolean, text) FROM desk_agent, desk_supervisor;

-- The old one-step lookup and reveal answered inside the caller's transaction.
DROP FUNCTION desk_hetu_lookup(text, text, text, text);
DROP FUNCTION desk_hetu_reveal(bigint, text, text, text);

-- User administration writes its security actions through desk_audit_write (the bodies of migrations
-- 0011 and 0013 otherwise unchanged).
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
    PERFORM desk_audit_write(coalesce(p_actor, session_user), p_role, 'user_created', NULL, NULL,
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
    PERFORM desk_audit_write(coalesce(p_actor, session_user), p_role, 'user_password_set', NULL, NULL,
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
    PERFORM desk_audit_write(v_login, NULL, 'user_password_changed', NULL, NULL,
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
    PERFORM desk_audit_write(coalesce(p_actor, session_user), p_role,
        CASE WHEN p_enabled THEN 'user_reactivated' ELSE 'user_deactivated' END, NULL, NULL,
        '{"username":' || to_json(p_username)::text || '}');
END
$$;

DO $$
DECLARE
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY[
        'desk_audit_write(text, text, text, bigint, text, text)', 'desk_audit_seal(integer, boolean)',
        'desk_audit_seal_one(audit_seal_state, bigint, timestamptz, text, text, text, bigint, text, text)',
        'desk_audit_append(text, text, text, bigint, text, text)', 'desk_audit_head()',
        'desk_audit_extends(bigint, text)', 'desk_hetu_key()',
        'desk_hetu_ticket(text, text, text, bigint)', 'desk_hetu_redeem(text, text)',
        'desk_hetu_lookup_request(text, text, text, text)', 'desk_hetu_lookup_result(text)',
        'desk_hetu_reveal_request(bigint, text, text, text)', 'desk_hetu_reveal_result(text)',
        'desk_hetu_suspended_logins()', 'desk_hetu_release_login(text, text, text)',
        'desk_hetu_store(bigint, text, boolean, text)', 'desk_set_login_password(text, text, text, text)',
        'desk_change_own_password(text)'] LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO desk_owner', f);
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END
$$;
GRANT EXECUTE ON FUNCTION desk_audit_append(text, text, text, bigint, text, text), desk_audit_seal(integer, boolean),
    desk_audit_head(), desk_audit_extends(bigint, text)
    TO desk_agent, desk_supervisor, desk_admin, desk_auditor;
GRANT EXECUTE ON FUNCTION desk_hetu_lookup_request(text, text, text, text), desk_hetu_lookup_result(text)
    TO desk_agent, desk_supervisor, desk_auditor;
GRANT EXECUTE ON FUNCTION desk_hetu_reveal_request(bigint, text, text, text), desk_hetu_reveal_result(text),
    desk_hetu_release_login(text, text, text) TO desk_supervisor;
GRANT EXECUTE ON FUNCTION desk_hetu_suspended_logins() TO desk_supervisor, desk_auditor;
