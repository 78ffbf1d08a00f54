// PLACEHOLDER for branch `erase` (issue 14): replaced by the real file when that branch is merged.
import type { CentreScope } from "../../db/centre-scope.ts";

export type LegalHold = {
  kind: "esf_retention";
  programmeId: string;
  programmeName: string;
  keepUntil: string | null;
};

export async function legalHoldsOf(
  _scope: CentreScope,
  _personId: string,
  _today: string,
): Promise<LegalHold[]> {
  return [];
}
