/** The dashboard's sign-in lives in sessionStorage (never in a URL or a cookie); the explorer reuses it. */
const KEY = 'eqp.token';

export const storedToken = (): string | null => sessionStorage.getItem(KEY);
export const storeToken = (token: string): void => sessionStorage.setItem(KEY, token);
export const forgetToken = (): void => sessionStorage.removeItem(KEY);
