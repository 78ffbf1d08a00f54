import { createHash } from "node:crypto";
import { addDays } from "../../shared/time/calendar.ts";
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
  for (const document of documentsOf(name, today)) {
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
  }
  await sweepExpiringDocuments(db, today);
}
