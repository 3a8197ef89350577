import type { JWTPayload } from 'jose';

const MAX_ENTRIES = 10_000;

/**
 * Claims of tokens already verified, by secret and token, until their `exp`: a client sends the
 * same token on every request, and the HMAC check through WebCrypto was a tenth of the CPU of a
 * simple lookup (bench/README.md). Nothing else about a token changes while it is valid.
 */
export function verifiedTokenCache(verify: (token: string, secret: string) => Promise<JWTPayload>) {
  const verified = new Map<string, JWTPayload & { exp: number }>();
  return async (token: string, secret: string): Promise<JWTPayload> => {
    const key = `${secret}\u0000${token}`;
    const hit = verified.get(key);
    if (hit && hit.exp * 1000 > Date.now()) return hit;
    verified.delete(key);
    const payload = await verify(token, secret);
    // A bounded cache: when full, start over rather than track recency.
    if (verified.size >= MAX_ENTRIES) verified.clear();
    if (typeof payload.exp === 'number') verified.set(key, payload as JWTPayload & { exp: number });
    return payload;
  };
}
