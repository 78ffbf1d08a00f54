import type { ExpressionBuilder, Insertable, Selectable } from "kysely";
import type { CentreScope } from "../../db/centre-scope.ts";
import type { Database, DbOrTx, UsersTable } from "../../db/database.ts";
import { keysetAfter } from "../../db/keyset.ts";
import { selectOwned, updateOwned } from "../../db/scoped.ts";
import { containsText } from "../../db/text-search.ts";

const userColumns = [
  "users.id",
  "users.centre_id",
  "users.company_id",
  "users.email",
  "users.name",
  "users.role",
  "users.active",
  "users.last_login_at",
  "users.grant_pending",
  "users.password_change_required",
  (eb: ExpressionBuilder<Database, "users">) =>
    eb("users.second_factor_secret", "is not", null).as("second_factor_enrolled"),
  "users.created_at",
  "users.updated_at",
  "users.version",
  "companies.name as company_name",
] as const;

export type UserRow = Omit<
  Selectable<UsersTable>,
  "password_hash" | "second_factor_secret" | "second_factor_pending_secret" | "second_factor_last_step"
> & { company_name: string | null; second_factor_enrolled: unknown };

export async function findPasswordHash(db: DbOrTx, centreId: string, id: string) {
  const row = await selectOwned(db, "users", centreId)
    .select("users.password_hash")
    .where("users.id", "=", id)
    .executeTakeFirst();
  return row?.password_hash;
}

export async function findUser(db: DbOrTx, centreId: string, id: string): Promise<UserRow | undefined> {
  return selectOwned(db, "users", centreId)
    .leftJoin("companies", "companies.id", "users.company_id")
    .select(userColumns)
    .where("users.id", "=", id)
    .executeTakeFirst();
}

export type UserFilter = {
  q?: string | undefined;
  role?: string | undefined;
  active?: boolean | undefined;
  after?: { name: string; id: string } | undefined;
  limit: number;
};

export async function listUsers(db: DbOrTx, centreId: string, filter: UserFilter): Promise<UserRow[]> {
  let query = selectOwned(db, "users", centreId)
    .leftJoin("companies", "companies.id", "users.company_id")
    .select(userColumns);
  if (filter.q) {
    const term = filter.q;
    query = query.where((eb) => eb.or([containsText("users.name", term), containsText("users.email", term)]));
  }
  if (filter.role) query = query.where("users.role", "=", filter.role);
  if (filter.active !== undefined) query = query.where("users.active", "=", filter.active ? 1 : 0);
  if (filter.after)
    query = query.where(keysetAfter("users.name", "users.id", "asc", [filter.after.name, filter.after.id]));
  return query.orderBy("users.name").orderBy("users.id").limit(filter.limit).execute();
}

export async function insertUser(scope: CentreScope, row: Insertable<UsersTable>): Promise<void> {
  await scope.insertInto("users", row).execute();
}

export async function updateUserIfVersion(
  db: DbOrTx,
  centreId: string,
  id: string,
  version: number,
  changes: Partial<Pick<Selectable<UsersTable>, "name" | "active" | "password_hash" | "grant_pending">> & {
    updated_at: string;
  },
): Promise<boolean> {
  const result = await updateOwned(db, "users", centreId)
    .set({ ...changes, version: version + 1 })
    .where("users.id", "=", id)
    .where("users.version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setPasswordHash(
  db: DbOrTx,
  centreId: string,
  id: string,
  hash: string,
  now: string,
  changeRequired = false,
) {
  const result = await updateOwned(db, "users", centreId)
    .set((eb) => ({
      password_hash: hash,
      password_change_required: changeRequired ? 1 : 0,
      updated_at: now,
      version: eb("users.version", "+", 1),
    }))
    .where("users.id", "=", id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Advisors (and admins) of the centre who can own cases and tasks. */
export async function isActiveCaseworker(db: DbOrTx, centreId: string, userId: string): Promise<boolean> {
  const row = await selectOwned(db, "users", centreId)
    .select("users.id")
    .where("users.id", "=", userId)
    .where("users.role", "in", ["advisor", "admin"])
    .where("users.active", "=", 1)
    .executeTakeFirst();
  return row !== undefined;
}

export const listActiveCaseworkers = (db: DbOrTx, centreId: string) =>
  selectOwned(db, "users", centreId)
    .select(["users.id", "users.name"])
    .where("users.role", "in", ["advisor", "admin"])
    .where("users.active", "=", 1)
    .orderBy("users.name")
    .execute();

export async function confirmGrant(db: DbOrTx, centreId: string, id: string, now: string) {
  await updateOwned(db, "users", centreId)
    .set((eb) => ({ grant_pending: 0, active: 1, updated_at: now, version: eb("users.version", "+", 1) }))
    .where("users.id", "=", id)
    .execute();
}
