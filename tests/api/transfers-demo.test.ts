import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "#server/seed/demo.ts";
import { DEMO_PASSWORD } from "#server/seed/demo-accounts.ts";
import { TransferListSchema } from "#shared/schemas/transfer.ts";
import { signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
beforeAll(async () => {
  expect(await seedDemo(db)).toBe(true);
}, 120_000);

describe("transfer demo data", () => {
  it("shows the Hildesheim advisor one offer from Hannover to decide, and Hannover the same offer outgoing", async () => {
    const list = async (email: string, direction: string) =>
      TransferListSchema.parse(
        await (
          await (await signIn(app, email, DEMO_PASSWORD)).get(`/api/transfers?direction=${direction}`)
        ).json(),
      ).items;
    const incoming = await list("advisor@hildesheim.example", "incoming");
    expect(incoming).toHaveLength(1);
    expect(incoming[0]).toMatchObject({
      status: "pending",
      personId: null,
      fromCentreName: "Welcome Center Region Hannover",
    });
    expect(incoming[0]?.preview?.concerns.length).toBeGreaterThan(0);
    const outgoing = await list("advisor@hannover.example", "outgoing");
    expect(outgoing.map((item) => item.id)).toEqual([incoming[0]?.id]);
    expect(outgoing[0]?.personId).toEqual(expect.any(String));
  });
});
