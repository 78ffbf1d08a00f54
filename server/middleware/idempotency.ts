import { createHash } from "node:crypto";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { AppDeps, AppEnv } from "../app-env.ts";
import type { Db } from "../db/database.ts";
import { ApiError, conflict } from "../lib/errors.ts";
import { addMs, nowIso } from "../lib/time.ts";
import {
  completeIdempotencyKey,
  deleteIdempotencyKeysBefore,
  findIdempotencyKey,
  type IdempotencyRecord,
  releaseAbandonedIdempotencyKey,
  releaseIdempotencyKey,
  reserveIdempotencyKey,
} from "../modules/idempotency/idempotency.repository.ts";

export const IDEMPOTENCY_HEADER = "Idempotency-Key";
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60_000;
/** A reservation older than this belongs to a request that died with its process; it may be taken over. */
const ABANDONED_AFTER_MS = 60_000;
const VALID_KEY = /^[\x21-\x7e]{1,255}$/;

const hashOf = (text: string) => createHash("sha256").update(text).digest("base64url");

function replay(c: Context<AppEnv>, stored: IdempotencyRecord) {
  c.header("Idempotent-Replayed", "true");
  const status = stored.status ?? 200;
  if (!stored.response_body) return c.body(null, status as 200);
  c.header("Content-Type", "application/json");
  return c.body(stored.response_body, status as 200);
}

function reused(): ApiError {
  return new ApiError(
    "idempotency_key_reused",
    `Der ${IDEMPOTENCY_HEADER} wurde schon für eine andere Anfrage verwendet`,
    { header: IDEMPOTENCY_HEADER },
  );
}

/**
 * `Idempotency-Key` on POST requests under /api (not /api/auth): the first request with a key reserves it,
 * runs, and stores its 2xx answer; a repeat with the same body gets that answer again and changes nothing.
 * See docs/decisions/0011-idempotency-keys.md.
 */
export function idempotency(
  { db }: Pick<AppDeps, "db">,
  /** Requests whose body streams (document uploads): never read whole; a repeated file is known by its SHA-256. */
  streamed: (method: string, path: string) => boolean = () => false,
) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (c.req.method !== "POST" || c.req.path.startsWith("/api/auth/")) return next();
    if (streamed(c.req.method, c.req.path)) return next();
    const key = c.req.header(IDEMPOTENCY_HEADER);
    if (key === undefined) return next();
    if (!VALID_KEY.test(key)) {
      throw new ApiError(
        "bad_request",
        `Der Header ${IDEMPOTENCY_HEADER} muss 1 bis 255 sichtbare ASCII-Zeichen enthalten`,
        { header: IDEMPOTENCY_HEADER },
      );
    }
    const user = c.get("user");
    // Without a session the route answers 401 by itself; nothing to remember.
    if (!user) return next();

    const request = `POST ${c.req.path}`;
    const bodyHash = hashOf(await c.req.text());
    const reservation = { user_id: user.id, key, request, body_hash: bodyHash, created_at: nowIso() };
    for (let attempt = 0; !(await reserveIdempotencyKey(db, reservation)); attempt++) {
      const stored = await findIdempotencyKey(db, user.id, key);
      if (!stored) {
        if (attempt > 3)
          throw conflict("request_in_flight", "Eine Anfrage mit diesem Idempotency-Key läuft noch");
        continue; // released in between: try to reserve again
      }
      if (stored.request !== request || stored.body_hash !== bodyHash) throw reused();
      if (stored.status !== null) return replay(c, stored);
      const abandoned = Date.parse(stored.created_at) < Date.now() - ABANDONED_AFTER_MS;
      if (!abandoned || attempt > 0) {
        throw conflict("request_in_flight", "Eine Anfrage mit diesem Idempotency-Key läuft noch", {
          header: IDEMPOTENCY_HEADER,
        });
      }
      await releaseAbandonedIdempotencyKey(db, user.id, key, stored.created_at);
    }

    try {
      await next();
    } catch (error) {
      await releaseIdempotencyKey(db, user.id, key);
      throw error;
    }
    if (c.res.status >= 200 && c.res.status < 300) {
      const responseBody = await c.res.clone().text();
      await completeIdempotencyKey(db, user.id, key, { status: c.res.status, response_body: responseBody });
    } else {
      await releaseIdempotencyKey(db, user.id, key);
    }
  });
}

/** Hourly upkeep: keys are remembered for 24 hours. */
export const purgeExpiredIdempotencyKeys = (db: Db) =>
  deleteIdempotencyKeysBefore(db, addMs(nowIso(), -IDEMPOTENCY_TTL_MS));
