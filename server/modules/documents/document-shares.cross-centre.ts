import { crossCentre } from "../../db/cross-centre.ts";
import type { DbOrTx } from "../../db/database.ts";

/**
 * Employer portal: the documents an advisor shared for one placement, read in the placement's centre. The
 * caller found the placement through the employer's own company first (placements.cross-centre.ts) and
 * decides with employer-view.ts whether the employer may see them at all.
 */
type Placement = { id: string; centre_id: string; person_id: string };

const selectShared = (db: DbOrTx, placement: Placement) =>
  crossCentre(db, "employer-portal")
    .selectFrom("document_shares")
    .innerJoin("documents", "documents.id", "document_shares.document_id")
    .select([
      "documents.id",
      "documents.person_id",
      "documents.type",
      "documents.file_name",
      "documents.content_type",
      "documents.size_bytes",
      "document_shares.shared_at",
    ])
    .where("document_shares.placement_id", "=", placement.id)
    .where("document_shares.centre_id", "=", placement.centre_id)
    .where("documents.centre_id", "=", placement.centre_id)
    .where("documents.person_id", "=", placement.person_id)
    .where("documents.status", "=", "ready");

export type SharedDocumentRow = Awaited<ReturnType<typeof listSharedDocuments>>[number];

export const listSharedDocuments = (db: DbOrTx, placement: Placement) =>
  selectShared(db, placement)
    .orderBy("document_shares.shared_at", "desc")
    .orderBy("documents.id", "desc")
    .execute();

export const findSharedDocument = (db: DbOrTx, placement: Placement, documentId: string) =>
  selectShared(db, placement).where("documents.id", "=", documentId).executeTakeFirst();
