import { beforeAll, describe, expect, it } from "vitest";
import { codeAt, currentStep } from "#server/modules/second-factor/totp.ts";
import { SignInStateSchema } from "#shared/schemas/auth.ts";
import { StaffRequestListSchema, StaffRequestSchema } from "#shared/schemas/staff-request.ts";
import { createTwoCentres, createUser, TEST_PASSWORD } from "../factories/index.ts";
import {
  type Client,
  clientFor,
  expectError,
  sessionCookieFrom,
  signIn,
  signInWithPassword,
} from "../setup/http.ts";
import { freshCode } from "../setup/second-factor.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let admin: Client;
beforeAll(async () => {
  cast = await createTwoCentres(db);
  admin = await signIn(app, cast.own.admin.email, TEST_PASSWORD);
});

const stateOf = async (response: Response) => SignInStateSchema.parse(await response.json());

/** An advisor with an authenticator app already set up, signed in with the password only. */
async function enrolledAdvisorAtCodeStep() {
  const user = await createUser(db, { role: "advisor", centreId: cast.own.centre.id });
  await signIn(app, user.email, TEST_PASSWORD);
  const { client, nextStep } = await signInWithPassword(app, user.email, TEST_PASSWORD);
  expect(nextStep).toBe("second-factor");
  return { user, client };
}

const auditActionsOf = async (entityId: string) =>
  (
    await db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", entityId)
      .orderBy("at")
      .execute()
  ).map((row) => row.action);

describe("the code step at sign-in", () => {
  it("keeps an advisor out of person data until the code of the authenticator app is entered", async () => {
    const { user, client } = await enrolledAdvisorAtCodeStep();
    await expectError(await client.get("/api/persons"), 401, "unauthenticated");
    expect((await stateOf(await client.get("/api/auth/me"))).nextStep).toBe("second-factor");
    const response = await client.post("/api/auth/second-factor", { code: await freshCode(user.email) });
    expect(response.status).toBe(200);
    expect(await stateOf(response)).toMatchObject({ email: user.email, nextStep: null });
    const full = clientFor(app, sessionCookieFrom(response));
    expect((await full.get("/api/persons")).status).toBe(200);
    await expectError(await client.get("/api/auth/me"), 401, "unauthenticated");
  });

  it("refuses a wrong code and a code used once already, naming the field", async () => {
    const { user, client } = await enrolledAdvisorAtCodeStep();
    const wrong = await expectError(
      await client.post("/api/auth/second-factor", { code: "000000" }),
      422,
      "validation_failed",
    );
    expect(wrong.details).toEqual([
      { path: "code", code: "wrong_code", message: "Der Code stimmt nicht oder ist schon abgelaufen" },
    ]);
    const code = await freshCode(user.email);
    expect((await client.post("/api/auth/second-factor", { code })).status).toBe(200);
    const again = await signInWithPassword(app, user.email, TEST_PASSWORD);
    await expectError(await again.client.post("/api/auth/second-factor", { code }), 422, "validation_failed");
    expect(await auditActionsOf(user.id)).toContain("auth.second_factor_failed");
  });

  it("answers 422 naming the field for a code that is not 6 digits or a recovery code", async () => {
    const { client } = await enrolledAdvisorAtCodeStep();
    for (const code of ["12345", "1234567", "", "abc"]) {
      const error = await expectError(
        await client.post("/api/auth/second-factor", { code }),
        422,
        "validation_failed",
      );
      expect((error.details as { path: string }[]).map((issue) => issue.path)).toContain("code");
      expect((error.details as { path: string }[]).every((issue) => issue.path === "code")).toBe(true);
    }
  });

  it("slows down guessing like wrong passwords: after 5 wrong codes it answers 429", async () => {
    const { client } = await enrolledAdvisorAtCodeStep();
    for (let attempt = 0; attempt < 5; attempt++) {
      await expectError(
        await client.post("/api/auth/second-factor", { code: "000000" }),
        422,
        "validation_failed",
      );
    }
    const blocked = await expectError(
      await client.post("/api/auth/second-factor", { code: "000000" }),
      429,
      "too_many_requests",
    );
    expect(blocked.message).toMatch(/Sekunden/);
  });

  it("signs managers and employers in with the password alone", async () => {
    for (const user of [cast.own.manager, cast.own.employer]) {
      const { nextStep } = await signInWithPassword(app, user.email, TEST_PASSWORD);
      expect(nextStep).toBeNull();
    }
  });
});

describe("enrolment", () => {
  it("shows a QR code and the secret, confirms with a code and hands out 8 recovery codes, each usable once", async () => {
    const user = await createUser(db, { role: "advisor", centreId: cast.own.centre.id });
    const { client, nextStep } = await signInWithPassword(app, user.email, TEST_PASSWORD);
    expect(nextStep).toBe("enrolment");
    const started = await client.post("/api/auth/second-factor/enrolment");
    const enrolment = (await started.json()) as { secret: string; otpauthUri: string; qrSvg: string };
    expect(enrolment.qrSvg).toMatch(/^<svg/);
    expect(enrolment.otpauthUri).toContain(`secret=${enrolment.secret}`);
    const wrong = await expectError(
      await client.post("/api/auth/second-factor/enrolment/confirm", { code: "000000" }),
      422,
      "validation_failed",
    );
    expect(wrong.details).toEqual([expect.objectContaining({ path: "code" })]);
    const confirmed = await client.post("/api/auth/second-factor/enrolment/confirm", {
      code: codeAt(enrolment.secret, currentStep() * 30_000),
    });
    expect(confirmed.status).toBe(200);
    const { recoveryCodes } = (await confirmed.json()) as { recoveryCodes: string[] };
    expect(recoveryCodes).toHaveLength(8);
    expect(new Set(recoveryCodes).size).toBe(8);
    const stored = await db
      .selectFrom("recovery_codes")
      .select("code_hash")
      .where("user_id", "=", user.id)
      .execute();
    expect(stored.map((row) => row.code_hash)).not.toContain(recoveryCodes[0]);

    const first = await signInWithPassword(app, user.email, TEST_PASSWORD);
    expect(first.nextStep).toBe("second-factor");
    expect((await first.client.post("/api/auth/second-factor", { code: recoveryCodes[0] })).status).toBe(200);
    const second = await signInWithPassword(app, user.email, TEST_PASSWORD);
    await expectError(
      await second.client.post("/api/auth/second-factor", { code: recoveryCodes[0] }),
      422,
      "validation_failed",
    );
    expect(await auditActionsOf(user.id)).toEqual(
      expect.arrayContaining(["auth.second_factor_enrolled", "auth.recovery_code_used"]),
    );
  });

  it("never returns the secret once the app is set up", async () => {
    const { client } = await enrolledAdvisorAtCodeStep();
    await expectError(await client.post("/api/auth/second-factor/enrolment"), 409, "conflict");
  });
});

describe("password reset by an admin", () => {
  it("asks for the second factor, then for a new password, before anything else", async () => {
    const user = await createUser(db, { role: "advisor", centreId: cast.own.centre.id });
    await signIn(app, user.email, TEST_PASSWORD);
    expect(
      (await admin.post(`/api/users/${user.id}/password`, { password: "vom-admin-gesetzt-2026" })).status,
    ).toBe(204);
    const { client, nextStep } = await signInWithPassword(app, user.email, "vom-admin-gesetzt-2026");
    expect(nextStep).toBe("second-factor");
    await expectError(
      await client.post("/api/auth/password", {
        currentPassword: "vom-admin-gesetzt-2026",
        newPassword: "mein-eigenes-passwort",
      }),
      409,
      "conflict",
    );
    const coded = await client.post("/api/auth/second-factor", { code: await freshCode(user.email) });
    expect((await stateOf(coded)).nextStep).toBe("password-change");
    const atPassword = clientFor(app, sessionCookieFrom(coded));
    await expectError(await atPassword.get("/api/persons"), 401, "unauthenticated");
    const changed = await atPassword.post("/api/auth/password", {
      currentPassword: "vom-admin-gesetzt-2026",
      newPassword: "mein-eigenes-passwort",
    });
    expect(changed.status).toBe(204);
    const full = clientFor(app, sessionCookieFrom(changed));
    expect((await full.get("/api/persons")).status).toBe(200);
    expect((await stateOf(await full.get("/api/auth/me"))).nextStep).toBeNull();
  });
});

describe("resetting someone's second factor needs a second person", () => {
  it("waits for another admin or a manager; the requester cannot confirm it; afterwards the account enrols again", async () => {
    const user = await createUser(db, { role: "advisor", centreId: cast.own.centre.id });
    const session = await signIn(app, user.email, TEST_PASSWORD);
    const requested = await admin.post(`/api/users/${user.id}/second-factor/reset`);
    expect(requested.status).toBe(202);
    const request = StaffRequestSchema.parse(await requested.json());
    expect(request).toMatchObject({ kind: "second_factor_reset", status: "pending", user: { id: user.id } });
    await expectError(await admin.post(`/api/users/${user.id}/second-factor/reset`), 409, "conflict");
    expect((await session.get("/api/persons")).status).toBe(200);

    const own = await expectError(
      await admin.post(`/api/staff-requests/${request.id}/confirm`),
      403,
      "forbidden",
    );
    expect(own.message).toMatch(/zweite Person/);
    const otherCentre = await signIn(app, cast.other.manager.email, TEST_PASSWORD);
    await expectError(await otherCentre.post(`/api/staff-requests/${request.id}/confirm`), 404, "not_found");

    const manager = await signIn(app, cast.own.manager.email, TEST_PASSWORD);
    const confirmed = StaffRequestSchema.parse(
      await (await manager.post(`/api/staff-requests/${request.id}/confirm`)).json(),
    );
    expect(confirmed).toMatchObject({ status: "confirmed", decidedBy: { id: cast.own.manager.id } });
    await expectError(await manager.post(`/api/staff-requests/${request.id}/refuse`), 409, "conflict");
    await expectError(await session.get("/api/persons"), 401, "unauthenticated");
    expect((await signInWithPassword(app, user.email, TEST_PASSWORD)).nextStep).toBe("enrolment");

    const list = StaffRequestListSchema.parse(await (await manager.get("/api/staff-requests")).json());
    expect(list.items.map((item) => item.id)).toContain(request.id);
    expect(await auditActionsOf(request.id)).toEqual(["staff_request.create", "staff_request.confirm"]);
  });

  it("leaves the second factor in place when the request is refused", async () => {
    const user = await createUser(db, { role: "advisor", centreId: cast.own.centre.id });
    await signIn(app, user.email, TEST_PASSWORD);
    const request = StaffRequestSchema.parse(
      await (await admin.post(`/api/users/${user.id}/second-factor/reset`)).json(),
    );
    const manager = await signIn(app, cast.own.manager.email, TEST_PASSWORD);
    const refused = StaffRequestSchema.parse(
      await (await manager.post(`/api/staff-requests/${request.id}/refuse`)).json(),
    );
    expect(refused.status).toBe("refused");
    const stored = await db
      .selectFrom("users")
      .select("second_factor_secret")
      .where("id", "=", user.id)
      .executeTakeFirstOrThrow();
    expect(stored.second_factor_secret).not.toBeNull();
    expect((await signInWithPassword(app, user.email, TEST_PASSWORD)).nextStep).toBe("second-factor");
    expect(await auditActionsOf(request.id)).toEqual(["staff_request.create", "staff_request.refuse"]);
  });

  it("answers 404 for another centre's user", async () => {
    await expectError(
      await admin.post(`/api/users/${cast.other.advisor.id}/second-factor/reset`),
      404,
      "not_found",
    );
  });
});

describe("the centre's switch", () => {
  it("lets an admin switch the second factor off for their own centre only, audited", async () => {
    const centre = await createTwoCentres(db);
    const centreAdmin = await signIn(app, centre.own.admin.email, TEST_PASSWORD);
    const off = await centreAdmin.put(`/api/centres/${centre.own.centre.id}/second-factor`, {
      required: false,
    });
    expect(off.status).toBe(200);
    expect(await off.json()).toMatchObject({ id: centre.own.centre.id, secondFactorRequired: false });
    expect((await signInWithPassword(app, centre.own.advisor.email, TEST_PASSWORD)).nextStep).toBeNull();
    await expectError(
      await centreAdmin.put(`/api/centres/${centre.other.centre.id}/second-factor`, { required: false }),
      404,
      "not_found",
    );
    const bad = await expectError(
      await centreAdmin.put(`/api/centres/${centre.own.centre.id}/second-factor`, { required: "nein" }),
      422,
      "validation_failed",
    );
    expect(bad.details).toEqual([expect.objectContaining({ path: "required" })]);
    expect(await auditActionsOf(centre.own.centre.id)).toContain("centre.second_factor");
    expect((await signInWithPassword(app, centre.other.advisor.email, TEST_PASSWORD)).nextStep).toBe(
      "enrolment",
    );
  });
});
