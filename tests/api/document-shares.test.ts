import { beforeAll, describe, expect, it } from "vitest";
import { DocumentSharesSchema, SharedDocumentListSchema } from "#shared/schemas/document.ts";
import { candidateWithCv, shareFor } from "../factories/document-shares.ts";
import { withdrawSharingConsent } from "../factories/employers.ts";
import { createCompany, createTwoCentres, createUser, TEST_PASSWORD } from "../factories/index.ts";
import { type Client, expectError, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let advisor: Client;
let otherAdvisor: Client;
let employer: Client;
let otherCompanyEmployer: Client;
let otherCentreEmployer: Client;

beforeAll(async () => {
  cast = await createTwoCentres(db);
  advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
  otherAdvisor = await signIn(app, cast.other.advisor.email, TEST_PASSWORD);
  employer = await signIn(app, cast.own.employer.email, TEST_PASSWORD);
  otherCentreEmployer = await signIn(app, cast.other.employer.email, TEST_PASSWORD);
  const neighbour = await createCompany(db, cast.own.centre.id);
  const neighbourUser = await createUser(db, {
    role: "employer",
    centreId: cast.own.centre.id,
    companyId: neighbour.id,
  });
  otherCompanyEmployer = await signIn(app, neighbourUser.email, TEST_PASSWORD);
});

const candidate = (options: Parameters<typeof candidateWithCv>[4] = {}) =>
  candidateWithCv(app, db, advisor, cast.own, options);

const listOf = async (client: Client, placementId: string) => {
  const response = await client.get(`/api/candidates/${placementId}/documents`);
  expect(response.status, await response.clone().text()).toBe(200);
  return SharedDocumentListSchema.parse(await response.json()).items;
};

const contentPath = (placementId: string, documentId: string) =>
  `/api/candidates/${placementId}/documents/${documentId}/content`;

/** A share row as the app writes it, for a placement the API would refuse (to test the read side alone). */
async function shareRow(documentId: string, placementId: string) {
  await db
    .insertInto("document_shares")
    .values({
      id: `share-${documentId}-${placementId}`.slice(0, 60),
      centre_id: cast.own.centre.id,
      document_id: documentId,
      placement_id: placementId,
      shared_by: cast.own.advisor.id,
      shared_at: new Date().toISOString(),
    })
    .execute();
}

describe("sharing a document with an employer (decision 0044)", () => {
  it("refuses without the person's consent to share with employers, with a clear 409", async () => {
    const { placement, documentId } = await candidate({ consent: false, release: false });
    const response = await advisor.post(`/api/documents/${documentId}/shares`, { placementId: placement.id });
    const error = await expectError(response, 409, "conflict");
    expect(error.details).toMatchObject({ reason: "no_sharing_consent" });
    expect(error.message).toMatch(/nicht in die Weitergabe an Arbeitgeber eingewilligt/);
    const shares = DocumentSharesSchema.parse(
      await (await advisor.get(`/api/documents/${documentId}/shares`)).json(),
    );
    expect(shares.sharingConsent).toBe(false);
    expect(shares.items).toEqual([expect.objectContaining({ placementId: placement.id, canShare: false })]);
  });

  it("refuses before the contact is released, and an employer sees nothing before the release", async () => {
    const { placement, documentId } = await candidate({ release: false });
    const error = await expectError(
      await advisor.post(`/api/documents/${documentId}/shares`, { placementId: placement.id }),
      409,
      "conflict",
    );
    expect(error.details).toMatchObject({ reason: "contact_not_released" });
    // Even a share that exists (made by no route today) stays invisible until the release.
    await shareRow(documentId, placement.id);
    expect(await listOf(employer, placement.id)).toEqual([]);
    await expectError(await employer.get(contentPath(placement.id, documentId)), 404, "not_found");
  });

  it("refuses a declined placement and a placement of another person", async () => {
    const declined = await candidate({ stage: "declined", release: false });
    const error = await expectError(
      await advisor.post(`/api/documents/${declined.documentId}/shares`, {
        placementId: declined.placement.id,
      }),
      409,
      "conflict",
    );
    expect(error.details).toMatchObject({ reason: "placement_not_accepted" });
    const other = await candidate();
    await expectError(
      await advisor.post(`/api/documents/${declined.documentId}/shares`, { placementId: other.placement.id }),
      404,
      "not_found",
    );
  });

  it("shows the shared document after the release: the least metadata, the bytes as an audited download", async () => {
    const { person, placement, documentId, bytes } = await candidate();
    const shared = await shareFor(advisor, documentId, placement.id);
    const shares = DocumentSharesSchema.parse(await shared.json());
    expect(shares.items).toEqual([
      expect.objectContaining({ placementId: placement.id, shared: true, visibleToEmployer: true }),
    ]);
    const again = await advisor.post(`/api/documents/${documentId}/shares`, { placementId: placement.id });
    expect(again.status).toBe(200);

    const raw = (await (await employer.get(`/api/candidates/${placement.id}/documents`)).json()) as {
      items: Record<string, unknown>[];
    };
    expect(raw.items).toHaveLength(1);
    expect(Object.keys(raw.items[0] ?? {}).sort()).toEqual(
      ["contentType", "fileName", "id", "sharedAt", "sizeBytes", "type"].sort(),
    );
    expect(raw.items[0]).toMatchObject({ id: documentId, type: "cv", fileName: "Lebenslauf.pdf" });

    const download = await employer.get(contentPath(placement.id, documentId));
    expect(download.status).toBe(200);
    expect(download.headers.get("content-disposition")).toMatch(/^attachment; filename="Lebenslauf.pdf"/);
    expect(download.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(new Uint8Array(bytes));
    const entry = await db
      .selectFrom("audit_log")
      .innerJoin("audit_persons", "audit_persons.audit_id", "audit_log.id")
      .select(["audit_log.details", "audit_persons.person_id"])
      .where("audit_log.request_id", "=", download.headers.get("x-request-id") ?? "")
      .where("audit_log.action", "=", "candidate.document.download")
      .executeTakeFirstOrThrow();
    expect(entry.person_id).toBe(person.id);
    expect(JSON.parse(entry.details ?? "{}")).toMatchObject({
      channel: "employer_document",
      placementId: placement.id,
    });
  });

  it("answers 404 to another company and to another centre's employer, for the list and the bytes", async () => {
    const { placement, documentId } = await candidate();
    await shareFor(advisor, documentId, placement.id);
    for (const stranger of [otherCompanyEmployer, otherCentreEmployer]) {
      await expectError(await stranger.get(`/api/candidates/${placement.id}/documents`), 404, "not_found");
      await expectError(await stranger.get(contentPath(placement.id, documentId)), 404, "not_found");
    }
    await expectError(await otherAdvisor.get(`/api/documents/${documentId}/shares`), 404, "not_found");
    await expectError(
      await otherAdvisor.post(`/api/documents/${documentId}/shares`, { placementId: placement.id }),
      404,
      "not_found",
    );
  });

  it("hides the document again after a decline: the list is empty, the bytes answer 404", async () => {
    const { placement, documentId } = await candidate();
    await shareFor(advisor, documentId, placement.id);
    expect(await listOf(employer, placement.id)).toHaveLength(1);
    const current = (await (await advisor.get(`/api/placements/${placement.id}`)).json()) as {
      version: number;
    };
    const declined = await advisor.post(`/api/placements/${placement.id}/transitions`, {
      version: current.version,
      to: "declined",
      reason: "impression",
    });
    expect(declined.status, await declined.clone().text()).toBe(200);
    expect(await listOf(employer, placement.id)).toEqual([]);
    await expectError(await employer.get(contentPath(placement.id, documentId)), 404, "not_found");
    const shares = DocumentSharesSchema.parse(
      await (await advisor.get(`/api/documents/${documentId}/shares`)).json(),
    );
    expect(shares.items[0]).toMatchObject({ shared: true, visibleToEmployer: false, stage: "declined" });
  });

  it("hides it when the consent is withdrawn or the advisor unshares it", async () => {
    const first = await candidate();
    await shareFor(advisor, first.documentId, first.placement.id);
    await withdrawSharingConsent(db, first.person.id);
    await expectError(
      await employer.get(contentPath(first.placement.id, first.documentId)),
      404,
      "not_found",
    );

    const second = await candidate();
    await shareFor(advisor, second.documentId, second.placement.id);
    const removed = await advisor.delete(`/api/documents/${second.documentId}/shares/${second.placement.id}`);
    expect(removed.status).toBe(204);
    expect(await listOf(employer, second.placement.id)).toEqual([]);
    await expectError(
      await employer.get(contentPath(second.placement.id, second.documentId)),
      404,
      "not_found",
    );
    await expectError(
      await advisor.delete(`/api/documents/${second.documentId}/shares/${second.placement.id}`),
      404,
      "not_found",
    );
  });

  it("audits sharing and unsharing with the company", async () => {
    const { placement, documentId } = await candidate();
    await shareFor(advisor, documentId, placement.id);
    await advisor.delete(`/api/documents/${documentId}/shares/${placement.id}`);
    const actions = await db
      .selectFrom("audit_log")
      .select(["action", "details"])
      .where("entity_id", "=", documentId)
      .where("action", "in", ["document.share", "document.unshare"])
      .orderBy("at")
      .execute();
    expect(actions.map((row) => row.action)).toEqual(["document.share", "document.unshare"]);
    expect(JSON.parse(actions[0]?.details ?? "{}")).toMatchObject({
      placementId: placement.id,
      companyId: cast.own.company.id,
    });
  });
});
