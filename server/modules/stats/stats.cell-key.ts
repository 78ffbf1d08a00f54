import { createHmac } from "node:crypto";
import { perturb } from "#shared/stats/cell-key.ts";
import type { Db } from "../../db/database.ts";
import * as stats from "./stats.repository.ts";

/** Publishes one region-wide base cell: its identity (figure, column, row, month) and its true count. */
export type Perturb = (identity: readonly string[], count: number) => number;

const secrets = new WeakMap<Db, Promise<string>>();

/**
 * The cell key is an HMAC of the cell's identity and its true count under a secret kept in the
 * database: fixed as long as the count is, so asking again, in another format or as part of another
 * period returns the same value; unpredictable without the secret.
 */
export async function perturberFor(db: Db): Promise<Perturb> {
  let secret = secrets.get(db);
  if (!secret) {
    secret = stats.cellKeySecret(db);
    secrets.set(db, secret);
    secret.catch(() => secrets.delete(db));
  }
  const key = await secret;
  return (identity, count) => {
    if (count === 0) return 0;
    const digest = createHmac("sha256", key)
      .update(`${identity.join("\u001f")}\u001f${count}`)
      .digest();
    return perturb(count, digest.readUInt32BE(0) / 2 ** 32);
  };
}
