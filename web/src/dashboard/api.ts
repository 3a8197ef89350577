import type { TypedDocumentString } from '../__generated__/graphql.ts';
import { storedToken } from '../shared/token.ts';

/** The token was refused (HTTP 401, UNAUTHENTICATED): the page goes back to sign-in. */
export class SignInRequired extends Error {}
/** No ETL has built the warehouse yet (WAREHOUSE_NOT_READY). */
export class WarehouseNotBuilt extends Error {}

interface GraphqlError {
  message: string;
  extensions?: { code?: string };
}

/** Runs a typed operation with the session's token; refusals and a missing warehouse become their own errors. */
export async function request<R, V>(document: TypedDocumentString<R, V>, variables: V): Promise<R> {
  const token = storedToken();
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: R; errors?: GraphqlError[] };
  const codes = (body.errors ?? []).map((e) => e.extensions?.code);
  if (response.status === 401 || codes.includes('UNAUTHENTICATED')) throw new SignInRequired(body.errors?.[0]?.message);
  if (codes.includes('WAREHOUSE_NOT_READY')) throw new WarehouseNotBuilt();
  if (body.errors?.length || !body.data) throw new Error(body.errors?.map((e) => e.message).join('; ') || `HTTP ${response.status}`);
  return body.data;
}

export interface PagesConfig {
  demo: boolean;
  explorer: boolean;
}

export async function pagesConfig(): Promise<PagesConfig> {
  const response = await fetch('/api/pages/config', { headers: { accept: 'application/json' } });
  return response.ok ? response.json() : { demo: false, explorer: false };
}

/** The read-only demo token (the server offers it only in demo mode). */
export async function demoToken(): Promise<string> {
  const response = await fetch('/api/pages/demo-sign-in', { method: 'POST' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}
