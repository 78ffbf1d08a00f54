import { beforeAll, describe, expect, it } from "vitest";
import { addMs, nowIso } from "#server/lib/time.ts";
import { purgeExpiredIdempotencyKeys } from "#server/middleware/idempotency.ts";
import { createTwoCentres, TEST_PASSWORD } from "../factories/index.ts";
import { type Client, clientFor, expectError, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let advisor: Client;
let colleague: Client;
beforeAll(async () => {
  cast = await createTwoCentres(db);
  advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
  const { createUser } = await import("../factories/index.ts");
  const second = await createUser(db, { role: "advisor", centreId: cast.own.centre.id });
  colleague = await signIn(app, second.email, TEST_PASSWORD);
});

let counter = 0;
const letters = "bcdfghklmnprstvwz";
const word = (n: number) =>
  Array.from({ length: 7 }, (_, i) => letters[Math.floor(n / letters.length ** i) % letters.length]).join("");
/** Persons that differ in name and birth date, so the duplicate check never answers instead. */
const person = () => {
  counter++;
  return {
    familyName: `${word(counter * 7919 + 13)}a`,
    givenNames: `${word(counter * 104729 + 7)}o`,
    birthDate: `19${60 + (counter % 40)}-0${1 + (counter % 9)}-1${counter % 9}`,
    nationality: "SY",
    district: "lk-hildesheim",
  };
};
const withKey = (key: string) => ({ headers: { "idempotency-key": key } });
const personsNamed = async (familyName: string) =>
  (await db.selectFrom("persons").select("id").where("family_name", "=", familyName).execute()).length;

describe("Idempotency-Key on POST", () => {
  it("answers a repeat with the stored answer and creates nothing more", async () => {
    const body = person();
    const first = await advisor.post("/api/persons", body, withKey("create-person-1"));
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    const created = await first.json();
    const again = await advisor.post("/api/persons", body, withKey("create-person-1"));
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.headers.get("content-type")).toMatch(/application\/json/);
    expect(await again.json()).toEqual(created);
    expect(await personsNamed(body.familyName)).toBe(1);
    const audits = await db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", created.id)
      .execute();
    expect(audits).toEqual([{ action: "person.create" }]);
  });

  it("refuses the same key with another body or on another path with 422", async () => {
    const body = person();
    expect((await advisor.post("/api/persons", body, withKey("reused-key"))).status).toBe(201);
    const error = await expectError(
      await advisor.post("/api/persons", { ...body, givenNames: "Other" }, withKey("reused-key")),
      422,
      "idempotency_key_reused",
    );
    expect(error.message).toContain("Idempotency-Key");
    await expectError(
      await advisor.post("/api/tasks", { title: "x" }, withKey("reused-key")),
      422,
      "idempotency_key_reused",
    );
    expect(await personsNamed(body.familyName)).toBe(1);
  });

  it("keeps keys per user", async () => {
    const mine = person();
    const theirs = person();
    expect((await advisor.post("/api/persons", mine, withKey("per-user"))).status).toBe(201);
    const response = await colleague.post("/api/persons", theirs, withKey("per-user"));
    expect(response.status).toBe(201);
    expect(response.headers.get("idempotent-replayed")).toBeNull();
    expect(await personsNamed(theirs.familyName)).toBe(1);
  });

  it("stores only successful answers, so a corrected request may reuse the key", async () => {
    const body = person();
    await expectError(
      await advisor.post("/api/persons", { ...body, birthDate: "gestern" }, withKey("after-error")),
      422,
      "validation_failed",
    );
    const corrected = await advisor.post("/api/persons", body, withKey("after-error"));
    expect(corrected.status).toBe(201);
    expect(corrected.headers.get("idempotent-replayed")).toBeNull();
  });

  it.each([
    ["empty", ""],
    ["too long", "k".repeat(256)],
    ["with a space", "two words"],
    ["with a control character", "tab\there"],
    ["not ASCII", "schlüssel"],
  ])("answers 400 naming the header when the key is %s", async (_label, key) => {
    const body = person();
    const response = await app.request("/api/persons", {
      method: "POST",
      headers: new Headers([
        ["origin", "http://localhost"],
        ["content-type", "application/json"],
        ["cookie", advisor.cookie ?? ""],
        ["idempotency-key", key],
      ]),
      body: JSON.stringify(body),
    });
    const error = await expectError(response, 400, "bad_request");
    expect(error.message).toContain("Idempotency-Key");
    expect(await personsNamed(body.familyName)).toBe(0);
  });

  it("accepts a key of 255 visible characters", async () => {
    const response = await advisor.post("/api/persons", person(), withKey(`${"~".repeat(254)}!`));
    expect(response.status).toBe(201);
  });

  it("creates once when the same key arrives several times at once; the others wait for nothing", async () => {
    const body = person();
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => advisor.post("/api/persons", body, withKey("at-once"))),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status !== 201 && status !== 409)).toEqual([]);
    const fresh = responses.filter(
      (response) => response.status === 201 && response.headers.get("idempotent-replayed") === null,
    );
    expect(fresh).toHaveLength(1);
    for (const response of responses.filter((each) => each.status === 409)) {
      const error = await expectError(response, 409, "conflict");
      expect(error.details).toMatchObject({ reason: "request_in_flight" });
    }
    expect(await personsNamed(body.familyName)).toBe(1);
    const replay = await advisor.post("/api/persons", body, withKey("at-once"));
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
  });

  it("answers 409 while the first request with the key is still running", async () => {
    const body = person();
    const userId = cast.own.advisor.id;
    await db
      .insertInto("idempotency_keys")
      .values({
        user_id: userId,
        key: "in-flight",
        request: "POST /api/persons",
        body_hash: "x",
        status: null,
        response_body: null,
        created_at: nowIso(),
      })
      .execute();
    // Same request, but the stored hash differs: that is a reuse, not a wait.
    await expectError(
      await advisor.post("/api/persons", body, withKey("in-flight")),
      422,
      "idempotency_key_reused",
    );
    const { createHash } = await import("node:crypto");
    await db
      .updateTable("idempotency_keys")
      .set({ body_hash: createHash("sha256").update(JSON.stringify(body)).digest("base64url") })
      .where("key", "=", "in-flight")
      .execute();
    const error = await expectError(
      await advisor.post("/api/persons", body, withKey("in-flight")),
      409,
      "conflict",
    );
    expect(error.details).toMatchObject({ reason: "request_in_flight" });
    // A reservation left behind by a crashed process is taken over after a minute.
    await db
      .updateTable("idempotency_keys")
      .set({ created_at: addMs(nowIso(), -120_000) })
      .where("key", "=", "in-flight")
      .execute();
    expect((await advisor.post("/api/persons", body, withKey("in-flight"))).status).toBe(201);
    expect(await personsNamed(body.familyName)).toBe(1);
  });

  it("replays answers without a body (204) too", async () => {
    const admin = await signIn(app, cast.own.admin.email, TEST_PASSWORD);
    const path = `/api/users/${cast.own.manager.id}/password`;
    const first = await admin.post(path, { password: "ein-neues-passwort-1" }, withKey("reset-1"));
    expect(first.status).toBe(204);
    const again = await admin.post(path, { password: "ein-neues-passwort-1" }, withKey("reset-1"));
    expect(again.status).toBe(204);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.text()).toBe("");
  });

  it("ignores the header on sign-in, on other methods and without a session", async () => {
    const login = await clientFor(app).post(
      "/api/auth/login",
      { email: cast.own.advisor.email, password: TEST_PASSWORD },
      withKey(""),
    );
    expect(login.status).toBe(200);
    expect((await advisor.get("/api/persons?limit=1", withKey(""))).status).toBe(200);
    await expectError(
      await clientFor(app).post("/api/persons", person(), withKey("anonymous")),
      401,
      "unauthenticated",
    );
    const stored = await db
      .selectFrom("idempotency_keys")
      .select("key")
      .where("key", "=", "anonymous")
      .execute();
    expect(stored).toEqual([]);
  });

  it("forgets keys after 24 hours in the hourly upkeep", async () => {
    const body = person();
    expect((await advisor.post("/api/persons", body, withKey("old-key"))).status).toBe(201);
    await db
      .updateTable("idempotency_keys")
      .set({ created_at: addMs(nowIso(), -25 * 60 * 60_000) })
      .where("key", "=", "old-key")
      .execute();
    expect(await purgeExpiredIdempotencyKeys(db)).toBeGreaterThanOrEqual(1);
    const again = await advisor.post("/api/persons", body, withKey("old-key"));
    expect(again.headers.get("idempotent-replayed")).toBeNull();
    // The person exists already, so this time the duplicate check answers: the key no longer shields it.
    await expectError(again, 409, "conflict");
  });
});
