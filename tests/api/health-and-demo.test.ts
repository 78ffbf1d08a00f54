import { describe, expect, it } from "vitest";
import { seedDemo } from "#server/seed/demo.ts";
import { DEMO_PASSWORD, demoUsers } from "#server/seed/demo-accounts.ts";
import { HealthSchema } from "#shared/schemas/health.ts";
import { clientFor, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db, database } = await setupTestApp();

describe("health", () => {
  it("answers 200 after checking the database, without a session", async () => {
    const response = await clientFor(app).get("/api/health");
    expect(response.status).toBe(200);
    expect(HealthSchema.parse(await response.json())).toMatchObject({
      status: "ok",
      database: database.dialect,
    });
  });
});

describe("demo data", () => {
  it("loads once into an empty database, and every demo login reaches its role and centre", async () => {
    expect(await seedDemo(db)).toBe(true);
    expect(await seedDemo(db)).toBe(false);
    const expected = {
      "admin@hildesheim.example": ["admin", "Welcome Center Hildesheim", null],
      "advisor@hildesheim.example": ["advisor", "Welcome Center Hildesheim", null],
      "manager@hildesheim.example": ["manager", "Welcome Center Hildesheim", null],
      "advisor@hannover.example": ["advisor", "Welcome Center Region Hannover", null],
      "manager@hannover.example": ["manager", "Welcome Center Region Hannover", null],
      "advisor@hameln.example": ["advisor", "Welcome Center Hameln-Pyrmont", null],
      "employer@tischlerei-brandt.example": [
        "employer",
        "Welcome Center Hildesheim",
        "Tischlerei Brandt GmbH",
      ],
    };
    expect(demoUsers.map((user) => user.email).sort()).toEqual(Object.keys(expected).sort());
    for (const [email, [role, centreName, companyName]] of Object.entries(expected)) {
      const me = await (await (await signIn(app, email, DEMO_PASSWORD)).get("/api/auth/me")).json();
      expect(me).toMatchObject({ email, role, centreName, companyName });
    }
  });
});
