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
  return inAccessTransaction(url, 'eqp bi grant', async (client) => {
    const registration = await registrationOf(client, options.role);
    const created = registration === 'none';
    if (registration === 'foreign') throw new GrantError(`role ${options.role} exists and is not a BI login made by eqp bi grant: choose another name`);
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
    const target = new URL(url);
    return {
      role: options.role, created, regionCode: options.regionCode ?? null, password,
      host: target.hostname, port: Number(target.port || 5432), database: decodeURIComponent(target.pathname.slice(1)) || 'postgres', schema: PUBLISHED_SCHEMA,
    };
  });
}

export interface RevokeResult {
  role: string;
  /** Open sessions of the login that were ended. */
  sessionsEnded: number;
}

/**
 * Withdraws a BI login made by `grantBiLogin`: ends its open sessions (a BI tool's pooled
 * connection stops reading now, not at its next reconnect), drops what was granted to it in
 * this database, the role and its registration. Refuses roles it did not create.
 */
export async function revokeBiLogin(url: string, roleName: string): Promise<RevokeResult> {
  return inAccessTransaction(url, 'eqp bi revoke', async (client) => {
    const registration = await registrationOf(client, roleName);
    if (registration === 'none') throw new GrantError(`--role ${roleName}: no such login`);
    if (registration === 'foreign') throw new GrantError(`role ${roleName} is not a BI login made by eqp bi grant: not revoked`);
    const role = quoteIdent(roleName);
    // No new session may start while the old ones are ended and the role dropped.
    await client.query(`alter role ${role} nologin`);
    const ended = await client.query('select pg_terminate_backend(pid) from pg_stat_activity where usename = $1 and pid <> pg_backend_pid()', [roleName]);
    await client.query(`drop owned by ${role}`);
    await client.query(`drop role ${role}`);
    await client.query(`delete from ${ACCESS_SCHEMA}.logins where role_name = $1`, [roleName]);
    return { role: roleName, sessionsEnded: ended.rowCount ?? 0 };
  });
}

/** One transaction holding the publication lock, with the access registry in place. */
async function inAccessTransaction<T>(url: string, applicationName: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: applicationName });
  await client.connect();
  try {
    await client.query('begin');
    await client.query('select pg_advisory_xact_lock($1)', [PUBLICATION_LOCK]);
    await client.query(ACCESS_SETUP);
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
}

/** Whether a role is missing, a login of ours, or someone else's. */
async function registrationOf(client: pg.Client, roleName: string): Promise<'none' | 'registered' | 'foreign'> {
  const { rows } = await client.query<{ registered: boolean }>(
    `select exists (select 1 from ${ACCESS_SCHEMA}.logins l where l.role_name = r.rolname) as registered from pg_roles r where r.rolname = $1`,
    [roleName],
  );
  return !rows.length ? 'none' : rows[0].registered ? 'registered' : 'foreign';
}

async function isPublished(client: pg.Client): Promise<boolean> {
  const { rows } = await client.query('select 1 from pg_namespace where nspname = $1', [PUBLISHED_SCHEMA]);
  return rows.length > 0;
}

async function checkRegion(client: pg.Client, regionCode: string): Promise<void> {
  const { rows } = await client.query(`select 1 from ${PUBLISHED_SCHEMA}.dim_region where region_code = $1`, [regionCode]);
  if (!rows.length) throw new GrantError(`--region ${regionCode}: no such region in the published warehouse`);
}
