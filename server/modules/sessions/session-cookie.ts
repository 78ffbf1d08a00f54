import type { Context } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";
import { parse } from "hono/utils/cookie";
import { incomingHeader } from "../../middleware/incoming-header.ts";

const COOKIE = "ankommen_session";

/** In production the cookie is `__Host-ankommen_session`: Secure, no Domain, Path=/. */
export function sessionCookie(production: boolean, maxAgeMs: number) {
  const prefix = production ? ({ prefix: "host" } as const) : {};
  return {
    read: (c: Context): string | undefined => {
      const header = incomingHeader(c, "cookie");
      const name = production ? `__Host-${COOKIE}` : COOKIE;
      return header ? parse(header, name)[name] : undefined;
    },
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
