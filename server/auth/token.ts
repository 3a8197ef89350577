import { jwtVerify, SignJWT, errors as joseErrors } from 'jose';
import { appError, ErrorCode } from '../../schema/common/errors.ts';
import { PUBLIC_VIEWER, ROLES, type Role, type Viewer } from './viewer.ts';

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
  return new SignJWT({ role: claims.role, region: claims.regionCode, agency: claims.agencyCode })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setSubject(claims.subject ?? `${claims.role.toLowerCase()}${claims.agencyCode ? ':' + claims.agencyCode : claims.regionCode ? ':' + claims.regionCode : ''}`)
    .setIssuedAt()
    .setExpirationTime(claims.ttl ?? '8h')
    .sign(encoder.encode(secret));
}

/** The viewer of a bearer token; no token is the PUBLIC viewer, a bad one is UNAUTHENTICATED. */
export async function viewerFromAuthorization(header: string | undefined, secret: string | undefined): Promise<Viewer> {
  if (!header) return PUBLIC_VIEWER;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match || !secret) throw appError(ErrorCode.UNAUTHENTICATED, 'expected "Authorization: Bearer <token>"');
  try {
    const { payload } = await jwtVerify(match[1], encoder.encode(secret), { issuer: ISSUER, algorithms: ['HS256'] });
    const role = payload.role as Role;
    if (!ROLES.includes(role)) throw appError(ErrorCode.UNAUTHENTICATED, 'token carries no valid role');
    return {
      role,
      subject: payload.sub ?? role.toLowerCase(),
      regionCode: typeof payload.region === 'string' ? payload.region : undefined,
      agencyCode: typeof payload.agency === 'string' ? payload.agency : undefined,
    };
  } catch (err) {
    const reason = err instanceof joseErrors.JWTExpired ? 'token has expired' : 'token is invalid';
    throw appError(ErrorCode.UNAUTHENTICATED, reason);
  }
}
