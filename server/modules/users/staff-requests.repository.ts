import type { Insertable } from "kysely";
import type { CentreScope } from "../../db/centre-scope.ts";
import type { DbOrTx, StaffRequestsTable } from "../../db/database.ts";
import { selectOwned, updateOwned } from "../../db/scoped.ts";

export async function insertStaffRequest(
  scope: CentreScope,
  row: Insertable<StaffRequestsTable>,
): Promise<void> {
  await scope.insertInto("staff_requests", row).execute();
}

const listQuery = (db: DbOrTx, centreId: string) =>
  selectOwned(db, "staff_requests", centreId)
    .innerJoin("users as target", "target.id", "staff_requests.user_id")
    .innerJoin("users as requester", "requester.id", "staff_requests.requested_by")
    .leftJoin("users as decider", "decider.id", "staff_requests.decided_by")
    .select([
      "staff_requests.id",
      "staff_requests.kind",
      "staff_requests.status",
      "staff_requests.role",
      "staff_requests.user_id",
      "staff_requests.requested_by",
      "staff_requests.requested_at",
      "staff_requests.decided_by",
      "staff_requests.decided_at",
      "target.name as user_name",
      "target.email as user_email",
      "requester.name as requester_name",
      "decider.name as decider_name",
    ]);

export type StaffRequestRow = NonNullable<
  Awaited<ReturnType<ReturnType<typeof listQuery>["executeTakeFirst"]>>
>;

export async function listStaffRequests(db: DbOrTx, centreId: string, status?: string) {
  let query = listQuery(db, centreId);
  if (status) query = query.where("staff_requests.status", "=", status);
  return query
    .orderBy("staff_requests.requested_at", "desc")
    .orderBy("staff_requests.id")
    .limit(200)
    .execute();
}

export async function findStaffRequest(db: DbOrTx, centreId: string, id: string) {
  return listQuery(db, centreId).where("staff_requests.id", "=", id).executeTakeFirst();
}

export async function hasPendingRequest(db: DbOrTx, centreId: string, userId: string, kind: string) {
  const row = await selectOwned(db, "staff_requests", centreId)
    .select("staff_requests.id")
    .where("staff_requests.user_id", "=", userId)
    .where("staff_requests.kind", "=", kind)
    .where("staff_requests.status", "=", "pending")
    .executeTakeFirst();
  return row !== undefined;
}

/** Only a pending request moves on, so two people deciding at once cannot both win. */
export async function decide(
  db: DbOrTx,
  centreId: string,
  id: string,
  decision: { status: "confirmed" | "refused"; decidedBy: string; decidedAt: string },
): Promise<boolean> {
  const result = await updateOwned(db, "staff_requests", centreId)
    .set({ status: decision.status, decided_by: decision.decidedBy, decided_at: decision.decidedAt })
    .where("staff_requests.id", "=", id)
    .where("staff_requests.status", "=", "pending")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
