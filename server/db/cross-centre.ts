import type { DbOrTx } from "./database.ts";

/**
 * The closed list of work that crosses centres by design (decision 0026). Each purpose has its own
 * `*.cross-centre.ts` file(s); a static test refuses crossCentre() anywhere else.
 */
export const CROSS_CENTRE_PURPOSES = [
  /** Advisors see every open offer of the region, not only their centre's. */
  "regional-offers",
  /** Region-wide aggregates for the statistics pages (counts, never records). */
  "region-statistics",
  /** Matching a centre's persons against the region's open offers. */
  "matching",
  /** Taking or giving back a place on an offer of another centre. */
  "foreign-offer-place",
  /** An employer sees candidates of several centres on its company's offers. */
  "employer-portal",
  /** Sign-in and session lookup happen before an actor, and a centre, is known; e-mails are unique region-wide. */
  "sign-in",
  /** System jobs without an actor (the permit sweep). */
  "background-job",
  /** Moving a person with their records to another centre (architecture issue). */
  "person-transfer",
  /** A calendar subscription names its advisor by a token, before a session (and a centre) is known. */
  "calendar-feed",
] as const;

export type CrossCentrePurpose = (typeof CROSS_CENTRE_PURPOSES)[number];

type CrossCentreListener = (purpose: CrossCentrePurpose) => void;
const listeners = new Set<CrossCentreListener>();

/** createApp logs each use at debug level; tests listen to see which purpose ran. Returns the unsubscribe. */
export function onCrossCentre(listener: CrossCentreListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The database without the centre-scope guard, for one named purpose. Only `*.cross-centre.ts` files call it;
 * personal data it reads is audited by the service as any read is (recordRead), the use itself is logged.
 */
export function crossCentre(db: DbOrTx, purpose: CrossCentrePurpose): DbOrTx {
  for (const listener of listeners) listener(purpose);
  return db.withoutPlugins();
}
