import { expect } from "vitest";
import type { Db } from "#server/db/database.ts";
import type { PlacementStage } from "#shared/reference/employers.ts";
import type { Client } from "../setup/http.ts";
import type { TestApp } from "../setup/test-app.ts";
import { samplePdf, uploadFile } from "./documents.ts";
import { createOfferRow, createPlacementRow, giveSharingConsent } from "./employers.ts";
import { createPerson } from "./index.ts";

type Side = {
  centre: { id: string };
  company: { id: string; centre_id: string; district: string };
  advisor: { id: string };
};

/**
 * A person of the side's centre proposed to its company at `stage`, with a CV uploaded through the API;
 * `consent` gives the employer_sharing consent, `release` releases the contact (from `accepted` on).
 */
export async function candidateWithCv(
  app: TestApp,
  db: Db,
  advisor: Client,
  side: Side,
  options: { stage?: PlacementStage; consent?: boolean; release?: boolean } = {},
) {
  const person = await createPerson(db, side.centre.id);
  if (options.consent ?? true) await giveSharingConsent(db, person, side.advisor.id);
  const offer = await createOfferRow(db, side.company);
  const placement = await createPlacementRow(db, offer, person, options.stage ?? "accepted");
  if (options.release ?? true) {
    const released = await advisor.post(`/api/placements/${placement.id}/contact-release`, { version: 1 });
    expect(released.status, `release: ${await released.clone().text()}`).toBe(200);
  }
  const bytes = samplePdf([`Lebenslauf ${person.id}`]);
  const uploaded = await uploadFile(app, advisor, person.id, { bytes, name: "Lebenslauf.pdf", type: "cv" });
  expect(uploaded.status, `upload: ${await uploaded.clone().text()}`).toBe(201);
  const { document } = (await uploaded.json()) as { document: { id: string } };
  return { person, placement, documentId: document.id, bytes };
}

/** Shares the document for the placement as the advisor; expects the share to be made. */
export async function shareFor(advisor: Client, documentId: string, placementId: string) {
  const response = await advisor.post(`/api/documents/${documentId}/shares`, { placementId });
  expect(response.status, `share: ${await response.clone().text()}`).toBe(201);
  return response;
}
