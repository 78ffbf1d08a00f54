import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";

const COOKIE = "ankommen_session";

/** In production the cookie is `__Host-ankommen_session`: Secure, no Domain, Path=/. */
export function sessionCookie(production: boolean, maxAgeMs: number) {
  const prefix = production ? ({ prefix: "host" } as const) : {};
  return {
    read: (c: Context) => (production ? getCookie(c, COOKIE, "host") : getCookie(c, COOKIE)),
    write: (c: Context, token: string) =>
      setCookie(c, COOKIE, token, {
        httpOnly: true,
        sameSite: "Lax",
        secure: production,
        path: "/",
        maxAge: Math.floor(maxAgeMs / 1000),
        ...prefix,
      }),
    clear: (c: Context) => deleteCookie(c, COOKIE, { path: "/", secure: production, ...prefix }),
  };
}
