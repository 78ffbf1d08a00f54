// PLACEHOLDER for branch `erase` (issue 14): replaced by the real file when that branch is merged.
import type { CentreScope } from "../../db/centre-scope.ts";
import type { LegalHold } from "./legal-hold.ts";

export type AnonymiseOutcome =
  | { status: "anonymised" }
  | { status: "legal_hold"; holds: LegalHold[] }
  | { status: "not_found" }
  | { status: "version_conflict" };

export async function anonymisePerson(
  scope: CentreScope,
  personId: string,
  _options: { reason: string; actorUserId: string | null; expectedVersion?: number; today: string },
): Promise<AnonymiseOutcome> {
  const result = await scope
    .updateTable("persons")
    .set({ given_names: "Anonymisiert", family_name: "Anonymisiert" })
    .where("persons.id", "=", personId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n ? { status: "anonymised" } : { status: "not_found" };
}
