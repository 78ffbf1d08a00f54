import { beforeAll, describe, expect, it } from "vitest";
import { SignInStateSchema } from "#shared/schemas/auth.ts";
import { StaffRequestListSchema } from "#shared/schemas/staff-request.ts";
import { CaseworkerListSchema, UserPageSchema, UserSchema } from "#shared/schemas/user.ts";
import { createTwoCentres, createUser, TEST_PASSWORD } from "../factories/index.ts";
import { type Client, clientFor, expectError, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let admin: Client;
beforeAll(async () => {
  cast = await createTwoCentres(db);
  admin = await signIn(app, cast.own.admin.email, TEST_PASSWORD);
});

const newUser = (overrides: Record<string, unknown> = {}) => ({
  email: `neu-${Math.random().toString(36).slice(2)}@test.example`,
  name: "Aylin Şahin",
  role: "advisor",
  password: "zwölf-zeichen-und-mehr",
  ...overrides,
});

const auditOf = (entityId: string) =>
  db
    .selectFrom("audit_log")
    .select(["action", "user_id", "centre_id"])
    .where("entity_id", "=", entityId)
    .orderBy("at")
    .execute();

describe("users of a centre", () => {
  it("lists only the admin's own centre, sorted by name, with cursor paging", async () => {
    const first = UserPageSchema.parse(await (await admin.get("/api/users?limit=2")).json());
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const rest = UserPageSchema.parse(
      await (await admin.get(`/api/users?limit=50&cursor=${first.nextCursor}`)).json(),
    );
    const all = [...first.items, ...rest.items];
    expect(all.every((user) => user.centreId === cast.own.centre.id)).toBe(true);
    expect(all.map((user) => user.id)).toContain(cast.own.employer.id);
    expect(all.map((user) => user.id)).not.toContain(cast.other.advisor.id);
    const names = all.map((user) => user.name);
    expect(names).toEqual([...names].sort());
  });

  it("filters by role and by a search term", async () => {
    const employers = UserPageSchema.parse(await (await admin.get("/api/users?role=employer")).json());
    expect(employers.items.map((user) => user.id)).toEqual([cast.own.employer.id]);
    expect(employers.items[0]?.companyName).toBe(cast.own.company.name);
    const search = UserPageSchema.parse(
      await (
        await admin.get(`/api/users?q=${encodeURIComponent(cast.own.manager.name.slice(5).toUpperCase())}`)
      ).json(),
    );
    expect(search.items.map((user) => user.id)).toEqual([cast.own.manager.id]);
  });

  it("answers 422 naming the field for a malformed cursor or an unknown filter", async () => {
    const cursor = await expectError(await admin.get("/api/users?cursor=%%%"), 422, "validation_failed");
    expect(cursor.details).toEqual([
      { path: "cursor", code: "invalid_cursor", message: "Ungültiger Cursor" },
    ]);
    const role = await expectError(await admin.get("/api/users?role=king"), 422, "validation_failed");
    expect(role.details).toContainEqual(expect.objectContaining({ path: "role" }));
  });

  it("answers 404 for another centre's user, on read, update and password reset", async () => {
    const id = cast.other.advisor.id;
    await expectError(await admin.get(`/api/users/${id}`), 404, "not_found");
    await expectError(await admin.patch(`/api/users/${id}`, { version: 1, active: false }), 404, "not_found");
    await expectError(
      await admin.post(`/api/users/${id}/password`, { password: "ein-neues-passwort" }),
      404,
      "not_found",
    );
    const untouched = await db
      .selectFrom("users")
      .select(["active", "version"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(untouched).toEqual({ active: 1, version: 1 });
  });
});

describe("creating users", () => {
  it("creates an advisor in the admin's centre, audited, who can sign in only after a second person confirms", async () => {
    const input = newUser();
    const response = await admin.post("/api/users", input);
    expect(response.status).toBe(201);
    const user = UserSchema.parse(await response.json());
    expect(user).toMatchObject({
      email: input.email,
      name: "Aylin Şahin",
      role: "advisor",
      centreId: cast.own.centre.id,
      active: false,
      grantPending: true,
      passwordChangeRequired: true,
      version: 1,
    });
    expect(await auditOf(user.id)).toEqual([
      { action: "user.create", user_id: cast.own.admin.id, centre_id: cast.own.centre.id },
    ]);
    await expectError(
      await clientFor(app).post("/api/auth/login", { email: input.email, password: input.password }),
      401,
      "unauthenticated",
    );
    await expectError(
      await admin.patch(`/api/users/${user.id}`, { version: 1, active: true }),
      409,
      "conflict",
    );
    const manager = await signIn(app, cast.own.manager.email, TEST_PASSWORD);
    const requests = StaffRequestListSchema.parse(
      await (await manager.get("/api/staff-requests?status=pending")).json(),
    );
    const request = requests.items.find((item) => item.user.id === user.id);
    expect(request).toMatchObject({
      kind: "grant_role",
      role: "advisor",
      requestedBy: { id: cast.own.admin.id },
    });
    expect((await manager.post(`/api/staff-requests/${request?.id}/confirm`)).status).toBe(200);
    const signedIn = await signIn(app, input.email, input.password);
    const me = SignInStateSchema.parse(await (await signedIn.get("/api/auth/me")).json());
    expect(me.nextStep).toBe("password-change");
  });

  it("accepts passwords from 12 up to 128 characters and names the field otherwise", async () => {
    const tooShort = await expectError(
      await admin.post("/api/users", newUser({ password: "x".repeat(11) })),
      422,
      "validation_failed",
    );
    expect(tooShort.details).toEqual([
      { path: "password", code: "min_chars", params: { count: 12 }, message: "Mindestens 12 Zeichen" },
    ]);
    const tooLong = await expectError(
      await admin.post("/api/users", newUser({ password: "x".repeat(129) })),
      422,
      "validation_failed",
    );
    expect(tooLong.details).toEqual([
      { path: "password", code: "max_chars", params: { count: 128 }, message: "Höchstens 128 Zeichen" },
    ]);
    const long = newUser({ role: "manager", password: "ä".repeat(64) });
    expect((await admin.post("/api/users", long)).status).toBe(201);
    await signIn(app, long.email, "ä".repeat(64));
  });

  it("refuses a taken e-mail (any case) without writing anything", async () => {
    const before = await db.selectFrom("users").select(db.fn.countAll().as("n")).executeTakeFirstOrThrow();
    const error = await expectError(
      await admin.post("/api/users", newUser({ email: cast.other.advisor.email.toUpperCase() })),
      422,
      "validation_failed",
    );
    expect(error.details).toEqual([
      { path: "email", code: "email_taken", message: "Diese E-Mail-Adresse ist bereits vergeben" },
    ]);
    const after = await db.selectFrom("users").select(db.fn.countAll().as("n")).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it("ties employer accounts to a company of the own centre", async () => {
    const missing = await expectError(
      await admin.post("/api/users", newUser({ role: "employer" })),
      422,
      "validation_failed",
    );
    expect(missing.details).toEqual([
      {
        path: "companyId",
        code: "employer_needs_company",
        message: "Arbeitgeber-Konten brauchen ein Unternehmen",
      },
    ]);
    const foreign = await expectError(
      await admin.post("/api/users", newUser({ role: "employer", companyId: cast.other.company.id })),
      422,
      "validation_failed",
    );
    expect(foreign.details).toEqual([
      { path: "companyId", code: "unknown_company", message: "Unbekanntes Unternehmen" },
    ]);
    const response = await admin.post(
      "/api/users",
      newUser({ role: "employer", companyId: cast.own.company.id }),
    );
    expect(UserSchema.parse(await response.json()).companyName).toBe(cast.own.company.name);
  });
});

describe("changing users", () => {
  it("deactivates a user: their sessions end and they can no longer sign in", async () => {
    const user = await createUser(db, { role: "advisor", centreId: cast.own.centre.id });
    const session = await signIn(app, user.email, TEST_PASSWORD);
    const response = await admin.patch(`/api/users/${user.id}`, { version: 1, active: false });
    expect(UserSchema.parse(await response.json())).toMatchObject({ active: false, version: 2 });
    await expectError(await session.get("/api/auth/me"), 401, "unauthenticated");
    await expectError(
      await clientFor(app).post("/api/auth/login", { email: user.email, password: TEST_PASSWORD }),
      401,
      "unauthenticated",
    );
    expect((await auditOf(user.id)).map((entry) => entry.action)).toContain("user.deactivate");
  });

  it("answers 409 with the current record for a stale version, changing nothing", async () => {
    const user = await createUser(db, {
      role: "advisor",
      centreId: cast.own.centre.id,
      name: "Olena Kovalenko",
    });
    expect(
      (await admin.patch(`/api/users/${user.id}`, { version: 1, name: "Olena Kovalenko-Schmidt" })).status,
    ).toBe(200);
    const error = await expectError(
      await admin.patch(`/api/users/${user.id}`, { version: 1, name: "Olena K." }),
      409,
      "conflict",
    );
    expect(UserSchema.parse((error.details as { current: unknown }).current)).toMatchObject({
      name: "Olena Kovalenko-Schmidt",
      version: 2,
    });
  });

  it("refuses to let admins deactivate themselves", async () => {
    const error = await expectError(
      await admin.patch(`/api/users/${cast.own.admin.id}`, { version: 1, active: false }),
      422,
      "validation_failed",
    );
    expect(error.details).toEqual([
      { path: "active", code: "own_account", message: "Sie können Ihr eigenes Konto nicht deaktivieren" },
    ]);
  });

  it("resets a password: old sessions end, the new password works, the old one not", async () => {
    const user = await createUser(db, { role: "manager", centreId: cast.own.centre.id });
    const session = await signIn(app, user.email, TEST_PASSWORD);
    expect(
      (await admin.post(`/api/users/${user.id}/password`, { password: "frisch-gesetzt-2026" })).status,
    ).toBe(204);
    await expectError(await session.get("/api/auth/me"), 401, "unauthenticated");
    await signIn(app, user.email, "frisch-gesetzt-2026");
    await expectError(
      await clientFor(app).post("/api/auth/login", { email: user.email, password: TEST_PASSWORD }),
      401,
      "unauthenticated",
    );
    expect((await auditOf(user.id)).map((entry) => entry.action)).toContain("user.password_reset");
  });
});

describe("caseworkers", () => {
  it("lists the active advisors and admins of the own centre for advisors, and nobody else's", async () => {
    const advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
    const { items } = CaseworkerListSchema.parse(await (await advisor.get("/api/users/caseworkers")).json());
    const ids = items.map((item) => item.id);
    expect(ids).toContain(cast.own.advisor.id);
    expect(ids).toContain(cast.own.admin.id);
    expect(ids).not.toContain(cast.own.manager.id);
    expect(ids).not.toContain(cast.other.advisor.id);
    const manager = await signIn(app, cast.own.manager.email, TEST_PASSWORD);
    await expectError(await manager.get("/api/users/caseworkers"), 403, "forbidden");
  });
});
