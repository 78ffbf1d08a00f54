import type {
  DocumentContentType,
  DocumentType,
  SharedDocument,
  SharedDocumentList,
} from "#shared/schemas/document.ts";
import type { ActorContext } from "../../app-env.ts";
import type { Db } from "../../db/database.ts";
import { notFound } from "../../lib/errors.ts";
import { ownCompanyId } from "../companies/companies.service.ts";
import type { Disclosure } from "../disclosure/disclosure-channels.ts";
import { disclose } from "../disclosure/disclosure-gate.ts";
import { employerMaySeeContact } from "../placements/employer-view.ts";
import { findCandidate } from "../placements/placements.cross-centre.ts";
import { documentMessages as M } from "./document-messages.ts";
import {
  findSharedDocument,
  listSharedDocuments,
  type SharedDocumentRow,
} from "./document-shares.cross-centre.ts";
import { chunkStream } from "./documents.service.ts";

const toSharedDocument = (row: SharedDocumentRow): SharedDocument => ({
  id: row.id,
  type: row.type as DocumentType,
  fileName: row.file_name,
  contentType: row.content_type as DocumentContentType,
  sizeBytes: Number(row.size_bytes),
  sharedAt: row.shared_at,
});

/**
 * The candidate as the employer sees it (own company, sharing consent given, else 404). Shared documents show
 * only while the contact is released and the placement holds its place: before the release and after a decline
 * or cancellation the list is empty, as the contact is hidden (decision 0044).
 */
async function openCandidate(db: Db, context: ActorContext, placementId: string) {
  const candidate = await findCandidate(db, ownCompanyId(context), placementId);
  if (!candidate) throw notFound("Kandidatin / Kandidat");
  return { candidate, open: employerMaySeeContact(candidate) };
}

export async function listCandidateDocuments(
  db: Db,
  context: ActorContext,
  placementId: string,
): Promise<SharedDocumentList> {
  const { candidate, open } = await openCandidate(db, context, placementId);
  const rows = open ? await listSharedDocuments(db, candidate) : [];
  await context.recordRead({
    action: "candidate.documents.list",
    entity: "placement",
    entityId: placementId,
    centreId: candidate.centre_id,
    details: { personId: candidate.person_id, returned: rows.length },
    personIds: rows.length > 0 ? [candidate.person_id] : [],
  });
  return { items: rows.map(toSharedDocument) };
}

/** The bytes of a shared document, through the gate: the audit entry is committed before the first byte. */
export async function openCandidateDocument(
  db: Db,
  context: ActorContext,
  placementId: string,
  documentId: string,
): Promise<{ document: SharedDocument; passed: Disclosure; body: ReadableStream<Uint8Array> }> {
  const { candidate, open } = await openCandidate(db, context, placementId);
  const row = open ? await findSharedDocument(db, candidate, documentId) : undefined;
  if (!row) throw notFound(M.document);
  const passed = await disclose(context, "employer_document", {
    action: "candidate.document.download",
    entity: "document",
    entityId: documentId,
    centreId: candidate.centre_id,
    personIds: [candidate.person_id],
    details: { personId: candidate.person_id, placementId, type: row.type },
  });
  return { document: toSharedDocument(row), passed, body: chunkStream(db, documentId) };
}
