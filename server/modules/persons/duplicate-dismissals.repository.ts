import type { CentreScope } from "../../db/centre-scope.ts";
import type { DuplicateDismissalsTable } from "../../db/database.ts";

/** The pairs of the centre marked "Kein Duplikat", as `first|second` (the smaller id first). */
export async function dismissedPairKeys(scope: CentreScope): Promise<Set<string>> {
  const rows = await scope
    .selectFrom("duplicate_dismissals")
    .select(["duplicate_dismissals.first_person_id", "duplicate_dismissals.second_person_id"])
    .execute();
  return new Set(rows.map((row) => `${row.first_person_id}|${row.second_person_id}`));
}

/** Marks the pair; false when it was marked already (by another advisor, perhaps a moment ago). */
export async function insertDismissal(
  scope: CentreScope,
  row: Omit<DuplicateDismissalsTable, "centre_id">,
): Promise<boolean> {
  const result = await scope
    .insertInto("duplicate_dismissals", row)
    .onConflict((conflict) =>
      conflict.columns(["centre_id", "first_person_id", "second_person_id"]).doNothing(),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

const dismissalColumns = [
  "duplicate_dismissals.id",
  "duplicate_dismissals.first_person_id",
  "duplicate_dismissals.second_person_id",
  "duplicate_dismissals.dismissed_at",
] as const;

function selectDismissals(scope: CentreScope) {
  return scope
    .selectFrom("duplicate_dismissals")
    .leftJoin("users", (join) =>
      join
        .onRef("users.id", "=", "duplicate_dismissals.dismissed_by")
        .on("users.centre_id", "=", scope.centreId),
    )
    .select([...dismissalColumns, "users.name as dismissed_by_name"]);
}

export const findDismissal = (scope: CentreScope, id: string) =>
  selectDismissals(scope).where("duplicate_dismissals.id", "=", id).executeTakeFirst();

export const findDismissalOfPair = (scope: CentreScope, first: string, second: string) =>
  selectDismissals(scope)
    .where("duplicate_dismissals.first_person_id", "=", first)
    .where("duplicate_dismissals.second_person_id", "=", second)
    .executeTakeFirst();

export const listDismissals = (scope: CentreScope, limit: number) =>
  selectDismissals(scope)
    .orderBy("duplicate_dismissals.dismissed_at", "desc")
    .orderBy("duplicate_dismissals.id", "desc")
    .limit(limit)
    .execute();

export type DismissalRow = NonNullable<Awaited<ReturnType<typeof findDismissal>>>;

export async function deleteDismissal(scope: CentreScope, id: string): Promise<boolean> {
  const result = await scope
    .deleteFrom("duplicate_dismissals")
    .where("duplicate_dismissals.id", "=", id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** A merged person's marks go with its row: the survivor is another record to judge afresh. */
export async function deleteDismissalsOf(scope: CentreScope, personId: string): Promise<void> {
  await scope
    .deleteFrom("duplicate_dismissals")
    .where((eb) =>
      eb.or([
        eb("duplicate_dismissals.first_person_id", "=", personId),
        eb("duplicate_dismissals.second_person_id", "=", personId),
      ]),
    )
    .execute();
}
