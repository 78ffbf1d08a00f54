import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTwoCentres, TEST_PASSWORD } from "../factories/index.ts";
import { type Client, expectError, signIn } from "../setup/http.ts";
import { setupTestApp, testConfig } from "../setup/test-app.ts";

/** README and decision 0005: a session ends after 120 idle minutes and at the latest 12 hours after sign-in. */
const IDLE_MINUTES = 120;
const ABSOLUTE_HOURS = 12;
const MINUTE = 60_000;

// The app built from the config schema's defaults, as `npm start` runs it without SESSION_* variables.
const { app, db } = await setupTestApp();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
beforeAll(async () => {
  cast = await createTwoCentres(db);
});

// Sessions take "now" from `new Date()` (server/lib/time.ts); only Date is faked, timers stay real.
let signedInAt = 0;
const at = (minutes: number) => vi.setSystemTime(signedInAt + minutes * MINUTE);
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  signedInAt = Date.now();
});
afterEach(() => {
  vi.useRealTimers();
});

async function expectSignedIn(client: Client, when: string) {
  expect((await client.get("/api/auth/me")).status, when).toBe(200);
}

describe("session expiry by the clock", () => {
  it("defaults to 120 idle minutes and 12 hours in all", () => {
    const config = testConfig();
    expect(config.sessionIdleMs).toBe(IDLE_MINUTES * MINUTE);
    expect(config.sessionAbsoluteMs).toBe(ABSOLUTE_HOURS * 60 * MINUTE);
  });

  it("ends an unused session 120 minutes after sign-in, not a minute earlier", async () => {
    const early = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
    const unused = await signIn(app, cast.own.manager.email, TEST_PASSWORD);
    at(IDLE_MINUTES - 1);
    await expectSignedIn(early, "after 119 minutes");
    at(IDLE_MINUTES);
    await expectError(await unused.get("/api/auth/me"), 401, "unauthenticated");
  });

  it("extends the idle time with each request, and ends it 120 minutes after the last one", async () => {
    const client = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
    at(IDLE_MINUTES - 1);
    await expectSignedIn(client, "after 119 minutes");
    at(2 * (IDLE_MINUTES - 1));
    await expectSignedIn(client, "119 minutes after the last request, 238 after sign-in");
    at(2 * (IDLE_MINUTES - 1) + IDLE_MINUTES);
    await expectError(await client.get("/api/auth/me"), 401, "unauthenticated");
  });

  it("ends a session in use 12 hours after sign-in", async () => {
    const client = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
    for (let minutes = 100; minutes < ABSOLUTE_HOURS * 60; minutes += 100) {
      at(minutes);
      await expectSignedIn(client, `after ${minutes} minutes`);
    }
    at(ABSOLUTE_HOURS * 60);
    await expectError(await client.get("/api/auth/me"), 401, "unauthenticated");
  });
});
