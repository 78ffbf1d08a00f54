import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../server/seed/demo.ts";
import { DEMO_PASSWORD } from "../../server/seed/demo-accounts.ts";
import { DocumentListSchema } from "../../shared/schemas/document.ts";
import { PersonPageSchema } from "../../shared/schemas/person.ts";
import { signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
beforeAll(async () => {
  expect(await seedDemo(db)).toBe(true);
});

describe("demo documents", () => {
  it("give Jana Müller a passport (expiring, with its task), a CV and a certificate that download as PDFs", async () => {
    const advisor = await signIn(app, "advisor@hildesheim.example", DEMO_PASSWORD);
    const page = PersonPageSchema.parse(
      await (await advisor.get("/api/persons?q=Jana%20M%C3%BCller")).json(),
    );
    const jana = page.items.find((item) => item.givenNames === "Jana" && item.familyName === "Müller");
    expect(jana).toBeDefined();
    const list = DocumentListSchema.parse(
      await (await advisor.get(`/api/persons/${jana?.id}/documents`)).json(),
    );
    expect(list.items.map((item) => item.type).sort()).toEqual(["cv", "language_certificate", "passport"]);
    const passport = list.items.find((item) => item.type === "passport");
    const content = await advisor.get(`/api/documents/${passport?.id}/content`);
    expect(content.status).toBe(200);
    expect(content.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(
      Buffer.from(await content.arrayBuffer())
        .subarray(0, 5)
        .toString("latin1"),
    ).toBe("%PDF-");
  });
});
