import type { Insertable } from "kysely";
import { sql } from "kysely";
import type { CentreScope } from "../../db/centre-scope.ts";
import type {
  DbOrTx,
  DocumentPreviewsTable,
  DocumentSharesTable,
  DocumentsTable,
} from "../../db/database.ts";

export type DocumentRow = DocumentsTable;

export const insertPendingDocument = (scope: CentreScope, row: DocumentRow) =>
  scope.insertInto("documents", row).execute();

export const insertChunk = (db: DbOrTx, documentId: string, seq: number, data: Uint8Array) =>
  db.insertInto("document_chunks").values({ document_id: documentId, seq, data }).execute();

export const readChunk = async (db: DbOrTx, documentId: string, seq: number) =>
  (
    await db
      .selectFrom("document_chunks")
      .select("data")
      .where("document_id", "=", documentId)
      .where("seq", "=", seq)
      .executeTakeFirst()
  )?.data;

export const findReadyDocument = (scope: CentreScope, id: string) =>
  scope
    .selectFrom("documents")
    .selectAll("documents")
    .where("documents.id", "=", id)
    .where("documents.status", "=", "ready")
    .executeTakeFirst();

export const findDocumentByHash = (scope: CentreScope, personId: string, sha256: string) =>
  scope
    .selectFrom("documents")
    .selectAll("documents")
    .where("documents.person_id", "=", personId)
    .where("documents.sha256", "=", sha256)
    .where("documents.status", "=", "ready")
    .executeTakeFirst();

export const listDocumentsOfPerson = (scope: CentreScope, personId: string) =>
  scope
    .selectFrom("documents")
    .selectAll("documents")
    .where("documents.person_id", "=", personId)
    .where("documents.status", "=", "ready")
    .orderBy("documents.created_at", "desc")
    .orderBy("documents.id", "desc")
    .execute();

/** Bytes the centre holds, pending uploads included (they count until they are finished or removed). */
export async function centreUsageBytes(scope: CentreScope): Promise<number> {
  const row = await scope
    .selectFrom("documents")
    .select(sql<number>`coalesce(sum(documents.size_bytes), 0)`.as("used"))
    .executeTakeFirst();
  return Number(row?.used ?? 0);
}

export const markDocumentReady = (
  scope: CentreScope,
  id: string,
  values: Pick<
    DocumentRow,
    "content_type" | "file_name" | "size_bytes" | "sha256" | "type" | "valid_until" | "note"
  >,
) =>
  scope
    .updateTable("documents")
    .set({ ...values, status: "ready" })
    .where("documents.id", "=", id)
    .execute();

export const growPendingDocument = (scope: CentreScope, id: string, sizeBytes: number) =>
  scope.updateTable("documents").set({ size_bytes: sizeBytes }).where("documents.id", "=", id).execute();

/** Chunks first, so a large file never waits on the cascade of one statement. */
export async function deleteDocumentRows(scope: CentreScope, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await scope.db.deleteFrom("document_chunks").where("document_id", "in", ids).execute();
  await scope.deleteFrom("documents").where("documents.id", "in", ids).execute();
}

export const documentIdsOfPerson = async (scope: CentreScope, personId: string) =>
  (
    await scope
      .selectFrom("documents")
      .select("documents.id")
      .where("documents.person_id", "=", personId)
      .execute()
  ).map((row) => row.id);

export const personWithOpenCase = (scope: CentreScope, personId: string) =>
  scope
    .selectFrom("persons")
    .select(["persons.id", "persons.centre_id", "persons.open_case_id", "persons.open_case_advisor_id"])
    .where("persons.id", "=", personId)
    .executeTakeFirst();

export const listSharesOfDocument = (scope: CentreScope, documentId: string) =>
  scope
    .selectFrom("document_shares")
    .selectAll("document_shares")
    .where("document_shares.document_id", "=", documentId)
    .execute();

export const insertShare = (scope: CentreScope, row: Insertable<DocumentSharesTable>) =>
  scope.insertInto("document_shares", row).execute();

export const deleteShare = async (scope: CentreScope, documentId: string, placementId: string) =>
  Number(
    (
      await scope
        .deleteFrom("document_shares")
        .where("document_shares.document_id", "=", documentId)
        .where("document_shares.placement_id", "=", placementId)
        .executeTakeFirst()
    ).numDeletedRows,
  ) > 0;

export const findPreview = (db: DbOrTx, documentId: string) =>
  db.selectFrom("document_previews").selectAll().where("document_id", "=", documentId).executeTakeFirst();

export const insertPreview = (db: DbOrTx, row: Insertable<DocumentPreviewsTable>) =>
  db
    .insertInto("document_previews")
    .values(row)
    .onConflict((conflict) => conflict.column("document_id").doNothing())
    .execute();
