import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../app-env.ts";
import { presetHeader } from "./incoming-header.ts";

const ONE_YEAR_SECONDS = 31_536_000;

const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * Set before the handler runs, not after: Hono re-creates a finished Response to change its headers,
 * which turns @hono/node-server's direct write of a JSON string into a slow stream copy.
 */
export function securityHeaders(production: boolean) {
  const headers: [string, string][] = [
    ["Content-Security-Policy", contentSecurityPolicy],
    ["X-Content-Type-Options", "nosniff"],
    ["X-Frame-Options", "DENY"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    ["Cross-Origin-Opener-Policy", "same-origin"],
    ["Cross-Origin-Resource-Policy", "same-origin"],
    ["Origin-Agent-Cluster", "?1"],
    ["X-DNS-Prefetch-Control", "off"],
    ["X-Permitted-Cross-Domain-Policies", "none"],
    ["X-XSS-Protection", "0"],
    ...(production
      ? ([["Strict-Transport-Security", `max-age=${ONE_YEAR_SECONDS}; includeSubDomains`]] as [
          string,
          string,
        ][])
      : []),
  ];
  return createMiddleware<AppEnv>(async (c, next) => {
    for (const [name, value] of headers) presetHeader(c, name, value);
    await next();
  });
}

export const noStore = createMiddleware<AppEnv>(async (c, next) => {
  presetHeader(c, "Cache-Control", "no-store");
  await next();
});
