import { verify } from "@node-rs/argon2";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTwoCentres, createUser, TEST_PASSWORD } from "../factories/index.ts";
import { clientFor } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

// Every argon2 verification the server runs, counted; each still runs the real check.
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const argon2 = await importOriginal<typeof import("@node-rs/argon2")>();
  return { ...argon2, verify: vi.fn(argon2.verify) };
});
const verifications = vi.mocked(verify);

const { app, db } = await setupTestApp();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let inactiveEmail = "";
beforeAll(async () => {
  cast = await createTwoCentres(db);
  inactiveEmail = (await createUser(db, { role: "advisor", centreId: cast.own.centre.id, active: false }))
    .email;
});
beforeEach(() => {
  verifications.mockClear();
});

describe("sign-in costs the same for every account", () => {
  it.each([
    ["an unknown e-mail", () => ({ email: "niemand@unbekannt.example", password: TEST_PASSWORD }), 401],
    ["a wrong password", () => ({ email: cast.own.advisor.email, password: "falsches-passwort-123" }), 401],
    ["a deactivated account", () => ({ email: inactiveEmail, password: TEST_PASSWORD }), 401],
    ["the right password", () => ({ email: cast.own.advisor.email, password: TEST_PASSWORD }), 200],
  ])("runs exactly one argon2id verification for %s", async (_what, credentials, status) => {
    const response = await clientFor(app).post("/api/auth/login", credentials());
    expect(response.status).toBe(status);
    expect(verifications).toHaveBeenCalledTimes(1);
    const [storedHash, password] = verifications.mock.calls[0] ?? [];
    expect(String(storedHash)).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(password).toBe(credentials().password);
  });
});
