import { jwtVerify, SignJWT, errors as joseErrors, type JWTPayload } from 'jose';
import { appError, ErrorCode } from '../../schema/common/errors.ts';
import { PUBLIC_VIEWER, ROLES, type Role, type Viewer } from './viewer.ts';
import { verifiedTokenCache } from './verified-tokens.ts';

const ISSUER = 'eqp';
const encoder = new TextEncoder();

export interface TokenClaims {
  role: Role;
  subject?: string;
  regionCode?: string;
  agencyCode?: string;
  /** Lifetime such as '8h', '30d' (jose time-span syntax). */
  ttl?: string;
}

/** Signs an access token (HS256 with AUTH_SECRET) carrying the role and its binding. */
export async function createToken(secret: string, claims: TokenClaims): Promise<string> {
  if (claims.role === 'SUPERVISOR' && !claims.regionCode) throw new Error('a SUPERVISOR token needs --region');
  if (claims.role === 'FILER' && !claims.agencyCode) throw new Error('a FILER token needs --agency');
  if (claims.role === 'PUBLIC') throw new Error('PUBLIC needs no token: send none');
  return new SignJWT({ role: claims.role, region: claims.regionCode, agency: claims.agencyCode })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setSubject(claims.subject ?? `${claims.role.toLowerCase()}${claims.agencyCode ? ':' + claims.agencyCode : claims.regionCode ? ':' + claims.regionCode : ''}`)
    .setIssuedAt()
    .setExpirationTime(claims.ttl ?? '8h')
    .sign(encoder.encode(secret));
}

const unauthenticated = (reason: string) => appError(ErrorCode.UNAUTHENTICATED, reason, { http: { status: 401 } });

/** The claims of a verified token as a viewer; a scoped role without its binding is no viewer at all. */
function viewerOf(payload: JWTPayload): Viewer {
  const role = payload.role as Role;
  if (!ROLES.includes(role) || role === 'PUBLIC') throw unauthenticated('token carries no valid role');
  const regionCode = typeof payload.region === 'string' && payload.region ? payload.region : undefined;
  const agencyCode = typeof payload.agency === 'string' && payload.agency ? payload.agency : undefined;
  if (role === 'SUPERVISOR' && !regionCode) throw unauthenticated('a SUPERVISOR token must name its region');
  if (role === 'FILER' && !agencyCode) throw unauthenticated('a FILER token must name its agency');
  return { role, subject: payload.sub ?? role.toLowerCase(), regionCode, agencyCode };
}

// exp is required: a token that never expires cannot be withdrawn short of changing AUTH_SECRET.
const verifyToken = verifiedTokenCache(async (token, secret) =>
  (await jwtVerify(token, encoder.encode(secret), { issuer: ISSUER, algorithms: ['HS256'], requiredClaims: ['exp'] })).payload);

/** The viewer of a bearer token; no token is the PUBLIC viewer, a bad one is UNAUTHENTICATED (HTTP 401). */
export async function viewerFromAuthorization(header: string | undefined, secret: string | undefined): Promise<Viewer> {
  if (!header) return PUBLIC_VIEWER;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header.trim());
  if (!match || !secret) throw unauthenticated('expected "Authorization: Bearer <token>"');
  let payload: JWTPayload;
  try {
    payload = await verifyToken(match[1], secret);
  } catch (err) {
    throw unauthenticated(err instanceof joseErrors.JWTExpired ? 'token has expired' : 'token is invalid');
  }
  return viewerOf(payload);
}
