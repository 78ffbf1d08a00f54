import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "#server/seed/demo.ts";
import { DEMO_PASSWORD } from "#server/seed/demo-accounts.ts";
import { DocumentListSchema, SharedDocumentListSchema } from "#shared/schemas/document.ts";
import { PersonPageSchema } from "#shared/schemas/person.ts";
import { CandidatePageSchema } from "#shared/schemas/placement.ts";
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

  it("show the demo employer a CV shared for a released candidate, downloadable as a PDF", async () => {
    const employer = await signIn(app, "employer@tischlerei-brandt.example", DEMO_PASSWORD);
    const candidates = CandidatePageSchema.parse(
      await (await employer.get("/api/candidates?limit=200")).json(),
    );
    const released = candidates.items.filter((candidate) => candidate.contact !== null);
    const shared = (
      await Promise.all(
        released.map(async (candidate) => ({
          candidate,
          items: SharedDocumentListSchema.parse(
            await (await employer.get(`/api/candidates/${candidate.id}/documents`)).json(),
          ).items,
        })),
      )
    ).filter((entry) => entry.items.length > 0);
    expect(shared).toHaveLength(1);
    const [entry] = shared;
    expect(entry?.items.map((item) => item.type)).toEqual(["cv"]);
    const content = await employer.get(
      `/api/candidates/${entry?.candidate.id}/documents/${entry?.items[0]?.id}/content`,
    );
    expect(content.status).toBe(200);
    expect(
      Buffer.from(await content.arrayBuffer())
        .subarray(0, 5)
        .toString("latin1"),
    ).toBe("%PDF-");
  });
});
