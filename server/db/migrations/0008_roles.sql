-- Two roles, so the append-only audit trail binds the application itself (docs/security.md):
--   eqp_owner  owns every table, sequence, type and function of the schema (and so the triggers);
--              the login that migrates is meant to be a member of it.
--   eqp_app    what `eqp serve` runs as (a LOGIN granted eqp_app): reads and writes the operational
--              tables, only reads and inserts audit events, truncates nothing and owns nothing, so
--              it can neither ALTER TABLE … DISABLE TRIGGER nor DROP TRIGGER; not being a superuser
--              it cannot SET session_replication_role either.
-- Roles belong to the whole server while databases are many (one per test): creating them is
-- idempotent and survives another database's migration creating them at the same moment.
DO $$
DECLARE
  role_name text;
BEGIN
  FOREACH role_name IN ARRAY ARRAY['eqp_owner', 'eqp_app'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role_name) THEN
      BEGIN
        EXECUTE format('CREATE ROLE %I NOLOGIN', role_name);
      EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL; -- created meanwhile by a migration of another database
      END;
    END IF;
  END LOOP;
  -- A migrating login that is not a superuser needs the owner's rights to hand objects over to it.
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AND NOT pg_has_role(current_user, 'eqp_owner', 'MEMBER') THEN
    BEGIN
      GRANT eqp_owner TO CURRENT_USER;
    EXCEPTION WHEN unique_violation THEN
      NULL;
    END;
  END IF;
END $$;
--> statement-breakpoint
-- Hands every object of the schema to eqp_owner and gives eqp_app its privileges. Idempotent;
-- a migration that adds tables ends with `SELECT eqp_apply_roles();` (the default privileges
-- below cover tables created by eqp_owner or by the migrating login meanwhile).
CREATE OR REPLACE FUNCTION eqp_apply_roles() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  item record;
BEGIN
  GRANT USAGE, CREATE ON SCHEMA public TO eqp_owner;
  GRANT USAGE ON SCHEMA public TO eqp_app;
  FOR item IN
    SELECT c.oid::regclass AS name, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND c.relowner <> 'eqp_owner'::regrole
      -- a serial's sequence follows its table
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') AND c.relkind = 'S')
    ORDER BY c.relkind <> 'S'
  LOOP
    EXECUTE format('ALTER %s %s OWNER TO eqp_owner',
      CASE item.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, item.name);
  END LOOP;
  FOR item IN
    SELECT p.oid::regprocedure AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = 'public' AND p.proowner <> 'eqp_owner'::regrole
  LOOP
    EXECUTE format('ALTER FUNCTION %s OWNER TO eqp_owner', item.name);
  END LOOP;
  FOR item IN
    SELECT t.oid::regtype AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd', 'c') AND t.typowner <> 'eqp_owner'::regrole
      AND (t.typrelid = 0 OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')
  LOOP
    EXECUTE format('ALTER TYPE %s OWNER TO eqp_owner', item.name);
  END LOOP;
  GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO eqp_app;
  REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM eqp_app;
  GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO eqp_app;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION eqp_apply_roles() FROM PUBLIC;
--> statement-breakpoint
SELECT eqp_apply_roles();
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES FOR ROLE eqp_owner IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO eqp_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES FOR ROLE eqp_owner IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO eqp_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO eqp_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO eqp_app;
--> statement-breakpoint
-- The application checks that the schema is up to date before it serves (server/db/client.ts).
GRANT USAGE ON SCHEMA drizzle TO eqp_app;
--> statement-breakpoint
GRANT SELECT ON drizzle.__drizzle_migrations TO eqp_app;
