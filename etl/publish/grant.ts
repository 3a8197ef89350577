import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { ACCESS_SCHEMA, ACCESS_SETUP, PUBLICATION_LOCK, PUBLISHED_SCHEMA, grantToLogins, quoteIdent } from './access.ts';

export interface GrantOptions {
  role: string;
  /** Rows of this region and every region under it only; unset: every row. */
  regionCode?: string;
  /** The login's password; unset: generated for a new login, kept for an existing one. */
  password?: string;
  /** Generate a new password for an existing login. */
  resetPassword?: boolean;
}

export interface GrantResult {
  role: string;
  created: boolean;
  regionCode: string | null;
  /** Set when this call gave the login a password (shown once; PostgreSQL keeps only its hash). */
  password?: string;
  host: string;
  port: number;
  database: string;
  schema: string;
}

export class GrantError extends Error {}

// Lower-case identifiers need no quoting in any BI tool's connection dialog or JDBC URL.
const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Creates or updates a PostgreSQL login that reads the schema `analytics` and nothing else
 * (SELECT on its tables and views; no other schema, no writes), registered for the row-level
 * security of the publication. Refuses roles it did not create, so it never takes over an
 * operational or administrative role.
 */
export async function grantBiLogin(url: string, options: GrantOptions): Promise<GrantResult> {
  if (!ROLE_NAME.test(options.role)) throw new GrantError(`--role ${options.role}: use lower-case letters, digits and _ (at most 63, not starting with a digit)`);
  const client = new pg.Client({ connectionString: url, application_name: 'eqp bi grant' });
  await client.connect();
  try {
    await client.query('begin');
    await client.query('select pg_advisory_xact_lock($1)', [PUBLICATION_LOCK]);
    await client.query(ACCESS_SETUP);
    const existing = await client.query<{ registered: boolean }>(
      `select exists (select 1 from ${ACCESS_SCHEMA}.logins l where l.role_name = r.rolname) as registered from pg_roles r where r.rolname = $1`,
      [options.role],
    );
    const created = existing.rows.length === 0;
    if (!created && !existing.rows[0].registered) throw new GrantError(`role ${options.role} exists and is not a BI login made by eqp bi grant: choose another name`);
    const published = await isPublished(client);
    if (options.regionCode && published) await checkRegion(client, options.regionCode);
    const password = options.password ?? (created || options.resetPassword ? randomBytes(18).toString('base64url') : undefined);
    const role = quoteIdent(options.role);
    const passwordClause = password === undefined ? '' : ` password ${client.escapeLiteral(password)}`;
    await client.query(`${created ? 'create' : 'alter'} role ${role} login nosuperuser nocreatedb nocreaterole noinherit noreplication${passwordClause}`);
    await client.query(`alter role ${role} set search_path = ${PUBLISHED_SCHEMA}`);
    await client.query(
      `insert into ${ACCESS_SCHEMA}.logins (role_name, region_code) values ($1, $2)
       on conflict (role_name) do update set region_code = excluded.region_code, granted_at = now()`,
      [options.role, options.regionCode ?? null],
    );
    if (published) await grantToLogins(client, PUBLISHED_SCHEMA, options.role);
    await client.query('commit');
    const target = new URL(url);
    return {
      role: options.role, created, regionCode: options.regionCode ?? null, password,
      host: target.hostname, port: Number(target.port || 5432), database: decodeURIComponent(target.pathname.slice(1)) || 'postgres', schema: PUBLISHED_SCHEMA,
    };
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
}

async function isPublished(client: pg.Client): Promise<boolean> {
  const { rows } = await client.query('select 1 from pg_namespace where nspname = $1', [PUBLISHED_SCHEMA]);
  return rows.length > 0;
}

async function checkRegion(client: pg.Client, regionCode: string): Promise<void> {
  const { rows } = await client.query(`select 1 from ${PUBLISHED_SCHEMA}.dim_region where region_code = $1`, [regionCode]);
  if (!rows.length) throw new GrantError(`--region ${regionCode}: no such region in the published warehouse`);
}
