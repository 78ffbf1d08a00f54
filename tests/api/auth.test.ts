import { beforeAll, describe, expect, it } from "vitest";
import { purgeExpiredSessions } from "#server/modules/sessions/sessions.service.ts";
import { SessionUserSchema } from "#shared/schemas/auth.ts";
import { createTwoCentres, createUser, TEST_PASSWORD } from "../factories/index.ts";
import { clientFor, expectError, sessionCookieFrom, signIn } from "../setup/http.ts";
import { buildApp, setupTestApp } from "../setup/test-app.ts";

const { app, db, database } = await setupTestApp();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
beforeAll(async () => {
  cast = await createTwoCentres(db);
});

describe("sign-in", () => {
  it("answers 200 with the user and sets an HttpOnly SameSite=Lax session cookie", async () => {
    const response = await clientFor(app).post("/api/auth/login", {
      email: cast.own.advisor.email.toUpperCase(),
      password: TEST_PASSWORD,
    });
    expect(response.status).toBe(200);
    const user = SessionUserSchema.parse(await response.json());
    expect(user).toMatchObject({
      email: cast.own.advisor.email,
      role: "advisor",
      centreId: cast.own.centre.id,
    });
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^ankommen_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it("gives unknown e-mail, wrong password and deactivated account the same answer", async () => {
    const inactive = await createUser(db, { role: "advisor", centreId: cast.own.centre.id, active: false });
    const answers = [];
    for (const credentials of [
      { email: "nobody@test.example", password: TEST_PASSWORD },
      { email: cast.own.manager.email, password: "falsches-passwort-123" },
      { email: inactive.email, password: TEST_PASSWORD },
    ]) {
      const response = await clientFor(app).post("/api/auth/login", credentials);
      answers.push({
        status: response.status,
        body: await response.json(),
        cookie: response.headers.get("set-cookie"),
      });
    }
    expect(answers[0]).toEqual({
      status: 401,
      body: { error: { code: "unauthenticated", message: "E-Mail oder Passwort ist falsch" } },
      cookie: null,
    });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it("names the field when the e-mail is not an e-mail", async () => {
    const error = await expectError(
      await clientFor(app).post("/api/auth/login", { email: "kein-at-zeichen", password: "x" }),
      422,
      "validation_failed",
    );
    expect(error.details).toEqual([
      { path: "email", code: "invalid_email", message: "Keine gültige E-Mail-Adresse" },
    ]);
  });
});

describe("session", () => {
  it("answers /api/auth/me with the signed-in user, and 401 without a cookie", async () => {
    const advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
    const me = SessionUserSchema.parse(await (await advisor.get("/api/auth/me")).json());
    expect(me.id).toBe(cast.own.advisor.id);
    await expectError(await clientFor(app).get("/api/auth/me"), 401, "unauthenticated");
    await expectError(
      await clientFor(app, "ankommen_session=forged").get("/api/auth/me"),
      401,
      "unauthenticated",
    );
  });

  it("rotates the session at sign-in: the cookie presented before no longer works", async () => {
    const first = await signIn(app, cast.own.manager.email, TEST_PASSWORD);
    const again = await clientFor(app, first.cookie).post("/api/auth/login", {
      email: cast.own.manager.email,
      password: TEST_PASSWORD,
    });
    const second = sessionCookieFrom(again);
    expect(second).not.toBe(first.cookie);
    await expectError(await first.get("/api/auth/me"), 401, "unauthenticated");
    expect((await clientFor(app, second).get("/api/auth/me")).status).toBe(200);
  });

  it("ends the session at sign-out", async () => {
    const advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
    const response = await advisor.post("/api/auth/logout");
    expect(response.status).toBe(204);
    expect(response.headers.get("set-cookie")).toMatch(/ankommen_session=;.*Max-Age=0/);
    await expectError(await advisor.get("/api/auth/me"), 401, "unauthenticated");
  });

  it("expires a session after the idle time and after the absolute lifetime", async () => {
    const idle = await signIn(app, cast.other.advisor.email, TEST_PASSWORD);
    const absolute = await signIn(app, cast.other.manager.email, TEST_PASSWORD);
    const past = new Date(Date.now() - 1000).toISOString();
    await db
      .updateTable("sessions")
      .set({ idle_expires_at: past })
      .where("user_id", "=", cast.other.advisor.id)
      .execute();
    await db
      .updateTable("sessions")
      .set({ absolute_expires_at: past })
      .where("user_id", "=", cast.other.manager.id)
      .execute();
    await expectError(await idle.get("/api/auth/me"), 401, "unauthenticated");
    await expectError(await absolute.get("/api/auth/me"), 401, "unauthenticated");
  });

  it("accepts a session only from a server with the SESSION_SECRET it was issued under", async () => {
    const issuer = buildApp(database, { sessionSecret: "the-secret-this-session-was-issued-under" });
    const stranger = buildApp(database, { sessionSecret: "a-different-secret-of-the-same-length!!!" });
    const advisor = await signIn(issuer, cast.own.advisor.email, TEST_PASSWORD);
    expect((await clientFor(issuer, advisor.cookie).get("/api/auth/me")).status).toBe(200);
    await expectError(await clientFor(stranger, advisor.cookie).get("/api/auth/me"), 401, "unauthenticated");
    await expectError(await clientFor(app, advisor.cookie).get("/api/auth/me"), 401, "unauthenticated");
  });

  it("stores only a hash of the session token", async () => {
    const advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
    const token = advisor.cookie?.split("=")[1] ?? "";
    const stored = await db.selectFrom("sessions").select("id").where("id", "=", token).executeTakeFirst();
    expect(stored).toBeUndefined();
  });
});

describe("own password", () => {
  it("changes the password, keeps this session, ends the others", async () => {
    const user = await createUser(db, { role: "advisor", centreId: cast.own.centre.id });
    const here = await signIn(app, user.email, TEST_PASSWORD);
    const elsewhere = await signIn(app, user.email, TEST_PASSWORD);
    const response = await here.post("/api/auth/password", {
      currentPassword: TEST_PASSWORD,
      newPassword: "ein-neues-langes-passwort",
    });
    expect(response.status).toBe(204);
    const renewed = clientFor(app, sessionCookieFrom(response));
    expect((await renewed.get("/api/auth/me")).status).toBe(200);
    await expectError(await elsewhere.get("/api/auth/me"), 401, "unauthenticated");
    await signIn(app, user.email, "ein-neues-langes-passwort");
  });

  it("refuses a wrong current password and a new one under 12 characters, naming the field", async () => {
    const advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
    const wrong = await expectError(
      await advisor.post("/api/auth/password", { currentPassword: "nope", newPassword: "lang-genug-1234" }),
      422,
      "validation_failed",
    );
    expect(wrong.details).toEqual([
      { path: "currentPassword", code: "wrong_password", message: "Das aktuelle Passwort ist falsch" },
    ]);
    const short = await expectError(
      await advisor.post("/api/auth/password", {
        currentPassword: TEST_PASSWORD,
        newPassword: "elf-zeichen",
      }),
      422,
      "validation_failed",
    );
    expect(short.details).toEqual([
      { path: "newPassword", code: "min_chars", params: { count: 12 }, message: "Mindestens 12 Zeichen" },
    ]);
  });
});

describe("upkeep", () => {
  it("purges expired sessions and keeps live ones", async () => {
    const live = await signIn(app, cast.other.manager.email, TEST_PASSWORD);
    await signIn(app, cast.other.admin.email, TEST_PASSWORD);
    await db
      .updateTable("sessions")
      .set({ idle_expires_at: new Date(Date.now() - 1000).toISOString() })
      .where("user_id", "=", cast.other.admin.id)
      .execute();
    await purgeExpiredSessions(db);
    const left = await db
      .selectFrom("sessions")
      .select("user_id")
      .where("user_id", "in", [cast.other.admin.id, cast.other.manager.id])
      .execute();
    expect(left.map((row) => row.user_id)).not.toContain(cast.other.admin.id);
    expect((await live.get("/api/auth/me")).status).toBe(200);
  });
});
