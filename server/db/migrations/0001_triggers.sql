-- Audit events are append-only (全程留痕): the database itself refuses to change or remove one.
CREATE FUNCTION audit_events_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit events are append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_immutable();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_immutable();
--> statement-breakpoint
-- updated_at is the incremental ETL's change marker: keep it right whoever writes the row.
CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END $$;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['regions','agencies','officers','training','officer_assessments','power_items',
    'standards','filings','penalty_cases','problems','problem_events','case_reviews','surveys','complaints',
    'evaluation_schemes']
  LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION touch_updated_at()',
      t || '_touch_updated_at', t);
  END LOOP;
END $$;
--> statement-breakpoint
-- Penalty cases are extracted by updated_at range.
CREATE INDEX IF NOT EXISTS "filings_updated_at_index" ON "filings" ("updated_at");
