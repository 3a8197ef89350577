import type pg from 'pg';
import type { MartTable } from '../../warehouse/marts/catalog.ts';

/**
 * Who may read the publication. BI logins are registered in `analytics_access.logins` (which
 * survives every publication; the logins themselves cannot read it), each with an optional
 * region. Every published table that places its rows in a region has a row-level security
 * policy: a login with a region sees the rows of that region and every region under it (by
 * the agency's own region where the table has agencies, as Scope.regionCodes does), a login
 * without one sees every row, and a role that is not registered sees none.
 */
export const PUBLISHED_SCHEMA = 'analytics';
export const ACCESS_SCHEMA = 'analytics_access';

/** Publications and grants into one database take turns (pg_advisory_xact_lock key). */
export const PUBLICATION_LOCK = 0x45_51_50_42; // 'EQPB'

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Idempotent: the registry and the functions the policies call. */
export const ACCESS_SETUP = `
-- The functions name the published tables, which the first publication has yet to create.
set local check_function_bodies = off;
create schema if not exists ${ACCESS_SCHEMA};
revoke all on schema ${ACCESS_SCHEMA} from public;
create table if not exists ${ACCESS_SCHEMA}.logins (
  role_name text primary key,
  region_code text,
  granted_at timestamptz not null default now()
);
comment on table ${ACCESS_SCHEMA}.logins is 'BI 只读账号及其地区范围（BI read-only logins created by eqp bi grant, with their region; null: every region）';
-- Security definer: the logins cannot read the registry; session_user is the login whose row is being checked.
create or replace function ${ACCESS_SCHEMA}.visible_regions() returns text[]
language sql stable security definer set search_path = pg_catalog as $$
  select case
    when l.role_name is null then '{}'::text[]
    when l.region_code is null then null
    else array(select c.descendant_code from ${PUBLISHED_SCHEMA}.dim_region_closure c where c.ancestor_code = l.region_code)
  end
  from (select 1) one left join ${ACCESS_SCHEMA}.logins l on l.role_name = session_user
$$;
create or replace function ${ACCESS_SCHEMA}.visible_agencies() returns text[]
language sql stable security definer set search_path = pg_catalog as $$
  select case when r is null then null else array(select a.agency_code from ${PUBLISHED_SCHEMA}.dim_agency a where a.region_code = any(r)) end
  from (select ${ACCESS_SCHEMA}.visible_regions() as r) v
$$;
`;

/** Row-level security of one published table in `schema` (null: the table is not placed in regions). */
export function rowSecurity(schema: string, table: MartTable): string | null {
  if (!table.scopedBy) return null;
  const [fn, column] = table.scopedBy === 'agency' ? ['visible_agencies', 'agency_code'] : ['visible_regions', 'region_code'];
  // The subselects make each function an init plan: evaluated once per query, not per row.
  const visible = `(select ${ACCESS_SCHEMA}.${fn}())::text[]`;
  return `alter table ${schema}.${table.name} enable row level security;
    create policy bi_region on ${schema}.${table.name} for select using ((${visible}) is null or ${column} = any(${visible}));`;
}

/** Read access to every table and view of `schema` for every registered login that still exists. */
export async function grantToLogins(client: pg.ClientBase, schema: string, only?: string): Promise<void> {
  const { rows } = await client.query<{ role_name: string }>(
    `select l.role_name from ${ACCESS_SCHEMA}.logins l join pg_roles r on r.rolname = l.role_name where $1::text is null or l.role_name = $1`,
    [only ?? null],
  );
  for (const { role_name } of rows) {
    await client.query(`grant usage on schema ${schema} to ${quoteIdent(role_name)}; grant select on all tables in schema ${schema} to ${quoteIdent(role_name)}`);
  }
}

export { quoteIdent };
