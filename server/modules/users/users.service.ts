import { say } from "#shared/api/issue-messages.ts";
import { handlesPersonData } from "#shared/auth/permissions.ts";
import { RoleSchema } from "#shared/auth/roles.ts";
import type { User, UserCreate, UserListQuery, UserUpdate } from "#shared/schemas/user.ts";
import type { ActorContext } from "../../app-env.ts";
import { centreScope } from "../../db/centre-scope.ts";
import type { Db, DbOrTx } from "../../db/database.ts";
import { decodeCursor, pageFrom } from "../../lib/cursor.ts";
import { conflict, fieldError, notFound, staleVersion } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import { hashPassword } from "../../lib/passwords.ts";
import { nowIso } from "../../lib/time.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { findCompany } from "../companies/companies.service.ts";
import { endAllSessionsOf } from "../sessions/sessions.service.ts";
import { openStaffRequest } from "./staff-requests.service.ts";
import { emailTaken } from "./users.cross-centre.ts";
import * as users from "./users.repository.ts";

const toUser = (row: users.UserRow): User => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: RoleSchema.parse(row.role),
  centreId: row.centre_id,
  companyId: row.company_id,
  companyName: row.company_name,
  active: row.active === 1,
  lastLoginAt: row.last_login_at,
  secondFactorEnrolled: Boolean(row.second_factor_enrolled),
  grantPending: row.grant_pending === 1,
  passwordChangeRequired: row.password_change_required === 1,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  version: row.version,
});

async function requireUser(db: Db, centreId: string, id: string): Promise<User> {
  const row = await users.findUser(db, centreId, id);
  if (!row) throw notFound("Benutzer");
  return toUser(row);
}

export async function listUsersPage(db: Db, context: ActorContext, query: UserListQuery) {
  const cursor = decodeCursor(query.cursor, 2);
  const rows = await users.listUsers(db, context.actor.centreId, {
    q: query.q,
    role: query.role,
    active: query.active === undefined ? undefined : query.active === "true",
    after: cursor ? { name: String(cursor[0]), id: String(cursor[1]) } : undefined,
    limit: query.limit + 1,
  });
  const page = pageFrom(rows, query.limit, (row) => [row.name, row.id]);
  return { items: page.items.map(toUser), nextCursor: page.nextCursor };
}

export const getUser = (db: Db, context: ActorContext, id: string) =>
  requireUser(db, context.actor.centreId, id);

/** The centre's active advisors, for the case worker pickers. */
export const listCaseworkers = (db: Db, context: ActorContext) =>
  users.listActiveCaseworkers(db, context.actor.centreId);

export async function createUser(db: Db, context: ActorContext, input: UserCreate) {
  const { actor } = context;
  if (input.companyId && !(await findCompany(db, actor.centreId, input.companyId))) {
    throw fieldError("companyId", say("unknown_company"));
  }
  const passwordHash = await hashPassword(input.password);
  const id = newId();
  await db.transaction().execute(async (trx) => {
    if (await emailTaken(trx, input.email)) {
      throw fieldError("email", say("email_taken"));
    }
    const now = nowIso();
    const grantPending = handlesPersonData(input.role);
    await users.insertUser(centreScope(trx, actor.centreId), {
      id,
      centre_id: actor.centreId,
      company_id: input.companyId ?? null,
      email: input.email,
      name: input.name,
      role: input.role,
      password_hash: passwordHash,
      active: grantPending ? 0 : 1,
      grant_pending: grantPending ? 1 : 0,
      password_change_required: 1,
      last_login_at: null,
      created_at: now,
      updated_at: now,
      version: 1,
    });
    await recordAudit(trx, context, {
      action: "user.create",
      entity: "user",
      entityId: id,
      details: { role: input.role },
    });
    if (grantPending)
      await openStaffRequest(trx, context, { kind: "grant_role", userId: id, role: input.role });
  });
  return requireUser(db, actor.centreId, id);
}

export async function updateUser(db: Db, context: ActorContext, id: string, input: UserUpdate) {
  const { actor } = context;
  if (input.active === false && id === actor.id) {
    throw fieldError("active", say("own_account"));
  }
  await db.transaction().execute(async (trx) => {
    const current = await users.findUser(trx, actor.centreId, id);
    if (!current) throw notFound("Benutzer");
    if (input.active === true && current.grant_pending === 1) {
      throw conflict("grant_pending", "Die Rolle wartet noch auf die Freigabe durch eine zweite Person");
    }
    const changes = {
      updated_at: nowIso(),
      ...(input.name !== undefined && { name: input.name }),
      ...(input.active !== undefined && { active: input.active ? 1 : 0 }),
    };
    const updated = await users.updateUserIfVersion(trx, actor.centreId, id, input.version, changes);
    if (!updated) throw staleVersion(toUser((await users.findUser(trx, actor.centreId, id)) ?? current));
    if (input.active === false) await endAllSessionsOf(trx, id);
    const action =
      input.active === false ? "user.deactivate" : input.active === true ? "user.activate" : "user.update";
    await recordAudit(trx, context, { action, entity: "user", entityId: id });
  });
  return requireUser(db, actor.centreId, id);
}

export async function resetPassword(db: Db, context: ActorContext, id: string, password: string) {
  const { actor } = context;
  const hash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    if (!(await users.setPasswordHash(trx, actor.centreId, id, hash, nowIso(), true))) {
      throw notFound("Benutzer");
    }
    await endAllSessionsOf(trx, id);
    await recordAudit(trx, context, { action: "user.password_reset", entity: "user", entityId: id });
  });
}

/** Whether the user is an active advisor or admin of the centre: who may own cases and tasks. */
export const isActiveCaseworker = (db: DbOrTx, centreId: string, userId: string) =>
  users.isActiveCaseworker(db, centreId, userId);

// The data other modules read and write through this module (its repository is private to it).
export const findPasswordHash: typeof users.findPasswordHash = (...args) => users.findPasswordHash(...args);
export const setPasswordHash: typeof users.setPasswordHash = (...args) => users.setPasswordHash(...args);
