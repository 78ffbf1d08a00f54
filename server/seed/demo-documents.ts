import { createHash } from "node:crypto";
import { contactVisibleStages } from "#shared/reference/employers.ts";
import { addDays } from "#shared/time/calendar.ts";
import type { DbOrTx } from "../db/database.ts";
import { newId } from "../lib/ids.ts";
import { nowIso } from "../lib/time.ts";
import { sweepExpiringDocuments } from "../modules/documents/documents-sweep.cross-centre.ts";
import { samplePdf } from "./sample-pdf.ts";

type DemoDocument = { type: string; fileName: string; lines: string[]; validUntil: string | null };

const documentsOf = (name: string, today: string): DemoDocument[] => [
  {
    type: "passport",
    fileName: "reisepass.pdf",
    lines: ["Reisepass (Muster, erfunden)", name],
    // Inside the 90-day window: the first start shows the task it makes, like an expiring permit.
    validUntil: addDays(today, 75),
  },
  { type: "cv", fileName: "lebenslauf.pdf", lines: ["Lebenslauf (Muster)", name], validUntil: null },
  {
    type: "language_certificate",
    fileName: "goethe-zertifikat-b1.pdf",
    lines: ["Goethe-Zertifikat B1 (Muster)", name],
    validUntil: null,
  },
];

/** A few invented PDFs for one demo person, stored in chunks like an upload, so the document section is not empty. */
export async function seedDemoDocuments(
  db: DbOrTx,
  person: { id: string; centre_id: string; given_names: string; family_name: string },
  uploadedBy: string,
  today: string,
): Promise<void> {
  const name = `${person.given_names} ${person.family_name}`;
  for (const document of documentsOf(name, today)) await insertDemoDocument(db, person, document, uploadedBy);
  await sweepExpiringDocuments(db, today);
}

async function insertDemoDocument(
  db: DbOrTx,
  person: { id: string; centre_id: string },
  document: DemoDocument,
  uploadedBy: string,
): Promise<string> {
  const bytes = samplePdf(document.lines);
  const id = newId();
  await db
    .insertInto("documents")
    .values({
      id,
      centre_id: person.centre_id,
      person_id: person.id,
      status: "ready",
      type: document.type,
      file_name: document.fileName,
      content_type: "application/pdf",
      size_bytes: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      valid_until: document.validUntil,
      note: null,
      uploaded_by: uploadedBy,
      created_at: nowIso(),
    })
    .execute();
  await db.insertInto("document_chunks").values({ document_id: id, seq: 0, data: bytes }).execute();
  return id;
}

/**
 * The demo employer's released candidate gets a CV shared for that placement (decision 0044), so the portal
 * shows a shared document on first start.
 */
export async function seedSharedDemoDocument(db: DbOrTx, companyId: string, today: string): Promise<void> {
  const placement = await db
    .selectFrom("placements")
    .innerJoin("persons", "persons.id", "placements.person_id")
    .select([
      "placements.id",
      "placements.centre_id",
      "placements.person_id",
      "placements.contact_released_by",
      "persons.given_names",
      "persons.family_name",
    ])
    .where("placements.company_id", "=", companyId)
    .where("placements.contact_released_at", "is not", null)
    .where("placements.stage", "in", [...contactVisibleStages])
    .orderBy("placements.id")
    .executeTakeFirst();
  if (!placement?.contact_released_by) return;
  const person = { id: placement.person_id, centre_id: placement.centre_id };
  const documentId = await insertDemoDocument(
    db,
    person,
    {
      type: "cv",
      fileName: "lebenslauf.pdf",
      lines: ["Lebenslauf (Muster)", `${placement.given_names} ${placement.family_name}`, `Stand ${today}`],
      validUntil: null,
    },
    placement.contact_released_by,
  );
  await db
    .insertInto("document_shares")
    .values({
      id: newId(),
      centre_id: placement.centre_id,
      document_id: documentId,
      placement_id: placement.id,
      shared_by: placement.contact_released_by,
      shared_at: nowIso(),
    })
    .execute();
}
