import type { DbOrTx } from "../db/database.ts";
import { newId } from "../lib/ids.ts";
import { demoPendingAdvisor } from "./demo-accounts.ts";

/** One advisor account waiting on "Freigaben", so the four-eyes step shows on a first start. */
export async function seedPendingGrant(
  trx: DbOrTx,
  options: { centreId: string; requestedBy: string; passwordHash: string; now: string },
) {
  const userId = newId();
  await trx
    .insertInto("users")
    .values({
      id: userId,
      centre_id: options.centreId,
      company_id: null,
      email: demoPendingAdvisor.email,
      name: demoPendingAdvisor.name,
      role: demoPendingAdvisor.role,
      password_hash: options.passwordHash,
      active: 0,
      grant_pending: 1,
      password_change_required: 1,
      last_login_at: null,
      created_at: options.now,
      updated_at: options.now,
      version: 1,
    })
    .execute();
  await trx
    .insertInto("staff_requests")
    .values({
      id: newId(),
      centre_id: options.centreId,
      kind: "grant_role",
      user_id: userId,
      role: demoPendingAdvisor.role,
      status: "pending",
      requested_by: options.requestedBy,
      requested_at: options.now,
      decided_by: null,
      decided_at: null,
    })
    .execute();
}
