import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { Busboy, type BusboyFileStream } from "@fastify/busboy";
import {
  type DocumentContentType,
  type DocumentList,
  type DocumentMeta,
  DocumentUploadFieldsSchema,
  type DocumentUploadResult,
  hasPreview,
  MAX_DOCUMENT_BYTES,
} from "#shared/schemas/document.ts";
import type { ActorContext } from "../../app-env.ts";
import { type CentreScope, scopeOf } from "../../db/centre-scope.ts";
import type { Db } from "../../db/database.ts";
import { ApiError, fieldError, notFound, validationFailed } from "../../lib/errors.ts";
import { toFieldIssues } from "../../lib/field-issues.ts";
import { newId } from "../../lib/ids.ts";
import { nowIso } from "../../lib/time.ts";
import { recordAudit } from "../audit/audit.service.ts";
import type { Disclosure } from "../disclosure/disclosure-channels.ts";
import { disclose } from "../disclosure/disclosure-gate.ts";
import { findPerson } from "../persons/persons.service.ts";
import { type ContentInspector, inspectorFor, SNIFF_BYTES, sanitisedFileName } from "./content-check.ts";
import { documentMessages as M } from "./document-messages.ts";
import { PREVIEW_CONTENT_TYPE, renderPreview } from "./document-preview.ts";
import { ensureDocumentTask } from "./document-tasks.ts";
import * as documents from "./documents.repository.ts";

/** Bytes per row of `document_chunks`: small enough to stream, large enough to keep the row count low. */
export const CHUNK_BYTES = 256 * 1024;

export const toDocument = (row: documents.DocumentRow): DocumentMeta => ({
  id: row.id,
  personId: row.person_id,
  type: row.type as DocumentMeta["type"],
  fileName: row.file_name,
  contentType: row.content_type as DocumentContentType,
  sizeBytes: Number(row.size_bytes),
  sha256: row.sha256 ?? "",
  validUntil: row.valid_until,
  note: row.note,
  uploadedBy: row.uploaded_by,
  createdAt: row.created_at,
});

const fileTooLarge = () =>
  new ApiError("payload_too_large", M.fileTooLarge, {
    reason: "file_too_large",
    limitBytes: MAX_DOCUMENT_BYTES,
  });
const quotaExceeded = (quotaBytes: number) =>
  new ApiError("payload_too_large", M.quotaExceeded(quotaBytes), {
    reason: "centre_quota_exceeded",
    quotaBytes,
  });

async function requirePerson(scope: CentreScope, personId: string) {
  if (!(await findPerson(scope.db, scope.centreId, personId))) throw notFound("Person");
}

type StoredFile = {
  id: string;
  sizeBytes: number;
  sha256: string;
  contentType: DocumentContentType;
  rawName: string;
};

/** Streams one file into chunk rows of a pending document while checking its content; removes it on refusal. */
async function storeFile(
  scope: CentreScope,
  context: ActorContext,
  personId: string,
  stream: BusboyFileStream,
  rawName: string,
  space: Space,
): Promise<StoredFile> {
  const id = newId();
  await documents.insertPendingDocument(scope, {
    id,
    centre_id: scope.centreId,
    person_id: personId,
    status: "pending",
    type: "other",
    file_name: "",
    content_type: null,
    size_bytes: 0,
    sha256: null,
    valid_until: null,
    note: null,
    uploaded_by: context.actor.id,
    created_at: nowIso(),
  });
  try {
    const hash = createHash("sha256");
    let inspector: ContentInspector | null = null;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let sizeBytes = 0;
    let seq = 0;
    const writeChunk = async (final: boolean) => {
      while (pendingBytes >= CHUNK_BYTES || (final && pendingBytes > 0)) {
        const all = Buffer.concat(pending);
        const chunk = all.subarray(0, CHUNK_BYTES);
        const rest = all.subarray(chunk.length);
        pending = rest.length > 0 ? [rest] : [];
        pendingBytes = rest.length;
        await documents.insertChunk(scope.db, id, seq++, chunk);
      }
    };
    for await (const data of stream as AsyncIterable<Buffer>) {
      sizeBytes += data.length;
      if (sizeBytes > space.room) throw quotaExceeded(space.quotaBytes);
      hash.update(data);
      pending.push(data);
      pendingBytes += data.length;
      if (!inspector && pendingBytes >= SNIFF_BYTES) {
        inspector = inspectorFor(Buffer.concat(pending));
        for (const part of pending) inspector.push(part);
      } else inspector?.push(data);
      if (pendingBytes >= CHUNK_BYTES) await writeChunk(false);
    }
    if (stream.truncated) throw fileTooLarge();
    if (sizeBytes === 0) throw fieldError("file", M.fileEmpty);
    if (!inspector) {
      inspector = inspectorFor(Buffer.concat(pending));
      for (const part of pending) inspector.push(part);
    }
    inspector.finish();
    await writeChunk(true);
    return { id, sizeBytes, sha256: hash.digest("hex"), contentType: inspector.contentType, rawName };
  } catch (error) {
    stream.resume();
    await documents.deleteDocumentRows(scope, [id]);
    throw error;
  }
}

export type UploadLimits = { quotaBytes: number };

/** `room`: what this file may take, the file limit or what is left of the centre's quota. */
type Space = { room: number; quotaBytes: number };

type Parsed = { file: StoredFile | null; fields: Record<string, string> };

/** Reads the multipart body as a stream: the file goes to the database chunk by chunk as it arrives. */
function parseUpload(
  scope: CentreScope,
  context: ActorContext,
  personId: string,
  contentType: string,
  body: ReadableStream<Uint8Array>,
  space: Space,
): Promise<Parsed> {
  return new Promise<Parsed>((resolve, reject) => {
    const source = Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>);
    const fields: Record<string, string> = {};
    let stored: Promise<StoredFile | null> = Promise.resolve(null);
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      source.unpipe();
      source.destroy();
      stored.then((file) => file && documents.deleteDocumentRows(scope, [file.id])).catch(() => {});
      reject(error);
    };
    let parser: ReturnType<typeof Busboy>;
    try {
      parser = Busboy({
        headers: { "content-type": contentType },
        limits: {
          files: 1,
          fields: 5,
          parts: 6,
          fieldSize: 4096,
          fileSize: MAX_DOCUMENT_BYTES,
          headerPairs: 20,
        },
      });
    } catch {
      return reject(new ApiError("bad_request", M.noBoundary));
    }
    let fileSeen = false;
    parser.on("file", (name, stream, fileName) => {
      if (name !== "file" || fileSeen) {
        stream.resume();
        return fail(fieldError(name, fileSeen ? M.oneFileOnly : M.unknownFileField));
      }
      fileSeen = true;
      stored = storeFile(scope, context, personId, stream, fileName, space);
      stored.catch(fail);
    });
    parser.on("field", (name, value, _nameTruncated, valueTruncated) => {
      if (valueTruncated) return fail(fieldError(name, M.fieldTooLong));
      fields[name] = value;
    });
    parser.on("filesLimit", () => fail(fieldError("file", M.oneFileOnly)));
    parser.on("fieldsLimit", () => fail(validationFailed([{ path: "(body)", message: M.tooManyFields }])));
    parser.on("partsLimit", () => fail(validationFailed([{ path: "(body)", message: M.tooManyParts }])));
    parser.on("error", () => fail(new ApiError("bad_request", M.multipartBroken)));
    parser.on("finish", () => {
      stored.then((file) => {
        if (!failed) resolve({ file, fields });
      }, fail);
    });
    source.on("error", () => fail(new ApiError("bad_request", M.transferAborted)));
    source.pipe(parser);
  });
}

export async function uploadDocument(
  db: Db,
  context: ActorContext,
  personId: string,
  request: { contentType: string; body: ReadableStream<Uint8Array> | null },
  limits: UploadLimits,
): Promise<DocumentUploadResult> {
  const scope = scopeOf(db, context.actor);
  await requirePerson(scope, personId);
  const used = await documents.centreUsageBytes(scope);
  if (used >= limits.quotaBytes) throw quotaExceeded(limits.quotaBytes);
  if (!request.body) throw fieldError("file", M.fileMissing);
  const space = {
    room: Math.min(MAX_DOCUMENT_BYTES, limits.quotaBytes - used),
    quotaBytes: limits.quotaBytes,
  };
  const { file, fields } = await parseUpload(
    scope,
    context,
    personId,
    request.contentType,
    request.body,
    space,
  );
  if (!file) throw fieldError("file", M.fileMissing);
  const parsed = DocumentUploadFieldsSchema.safeParse(fields);
  if (!parsed.success) {
    await documents.deleteDocumentRows(scope, [file.id]);
    throw validationFailed(toFieldIssues(parsed.error));
  }
  const input = parsed.data;
  return scope.transaction(async (tx) => {
    const existing = await documents.findDocumentByHash(tx, personId, file.sha256);
    if (existing) {
      await documents.deleteDocumentRows(tx, [file.id]);
      await recordAudit(tx.db, context, {
        action: "document.duplicate",
        entity: "document",
        entityId: existing.id,
        details: { personId, type: existing.type },
      });
      return { document: toDocument(existing), duplicate: true };
    }
    const values = {
      type: input.type,
      file_name: sanitisedFileName(file.rawName, file.contentType),
      content_type: file.contentType,
      size_bytes: file.sizeBytes,
      sha256: file.sha256,
      valid_until: input.validUntil ?? null,
      note: input.note ?? null,
    };
    await documents.markDocumentReady(tx, file.id, values);
    await ensureDocumentTask(tx, {
      id: file.id,
      person_id: personId,
      type: values.type,
      valid_until: values.valid_until,
    });
    await recordAudit(tx.db, context, {
      action: "document.create",
      entity: "document",
      entityId: file.id,
      details: {
        personId,
        type: values.type,
        contentType: values.content_type,
        sizeBytes: values.size_bytes,
      },
    });
    const row = await documents.findReadyDocument(tx, file.id);
    if (!row) throw notFound(M.document);
    return { document: toDocument(row), duplicate: false };
  });
}

export async function listDocuments(db: Db, context: ActorContext, personId: string): Promise<DocumentList> {
  const scope = scopeOf(db, context.actor);
  await requirePerson(scope, personId);
  const items = (await documents.listDocumentsOfPerson(scope, personId)).map(toDocument);
  await context.recordRead({ action: "document.list", entity: "person", entityId: personId });
  return { items };
}

async function requireDocument(scope: CentreScope, id: string) {
  const row = await documents.findReadyDocument(scope, id);
  if (!row) throw notFound(M.document);
  return row;
}

export async function getDocument(db: Db, context: ActorContext, id: string): Promise<DocumentMeta> {
  const row = await requireDocument(scopeOf(db, context.actor), id);
  await context.recordRead({
    action: "document.read",
    entity: "document",
    entityId: id,
    details: { personId: row.person_id },
  });
  return toDocument(row);
}

/** The bytes, one chunk row at a time as the reader pulls them. */
export function chunkStream(db: Db, id: string): ReadableStream<Uint8Array> {
  let seq = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const data = await documents.readChunk(db, id, seq++);
      if (data) controller.enqueue(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      else controller.close();
    },
  });
}

/** Passes the disclosure gate first: the audit entry is committed before the first byte is read. */
export async function openDocumentContent(
  db: Db,
  context: ActorContext,
  id: string,
): Promise<{ document: DocumentMeta; passed: Disclosure; body: ReadableStream<Uint8Array> }> {
  const row = await requireDocument(scopeOf(db, context.actor), id);
  const passed = await disclose(context, "document_download", {
    action: "document.download",
    entity: "document",
    entityId: id,
    personIds: [row.person_id],
    details: { personId: row.person_id, type: row.type },
  });
  return { document: toDocument(row), passed, body: chunkStream(db, id) };
}

export async function deleteDocument(db: Db, context: ActorContext, id: string): Promise<void> {
  const scope = scopeOf(db, context.actor);
  await scope.transaction(async (tx) => {
    const row = await requireDocument(tx, id);
    await documents.deleteDocumentRows(tx, [id]);
    await recordAudit(tx.db, context, {
      action: "document.delete",
      entity: "document",
      entityId: id,
      details: { personId: row.person_id, type: row.type },
    });
  });
}

/** Anonymisation and retention: a person's documents go with their identity (inside the caller's transaction). */
export async function deleteDocumentsOfPerson(scope: CentreScope, personId: string): Promise<number> {
  const ids = await documents.documentIdsOfPerson(scope, personId);
  await documents.deleteDocumentRows(scope, ids);
  return ids.length;
}

// The data other modules read and write through this module (its repository is private to it).
export const listDocumentsOfPerson: typeof documents.listDocumentsOfPerson = (...args) =>
  documents.listDocumentsOfPerson(...args);
/**
 * A small WebP of an image document, made on the first request and kept (document_previews). PDFs, Word
 * documents and HEIC images have none: 404. Passes the gate like a download, audited as a preview.
 */
export async function openDocumentPreview(
  db: Db,
  context: ActorContext,
  id: string,
): Promise<{ passed: Disclosure; image: Uint8Array; contentType: string }> {
  const row = await requireDocument(scopeOf(db, context.actor), id);
  if (!hasPreview(row.content_type ?? "")) throw notFound(M.preview);
  let preview = await documents.findPreview(db, id);
  if (!preview) {
    const image = await renderPreview(chunkStream(db, id));
    if (!image) throw notFound(M.preview);
    preview = { document_id: id, content_type: PREVIEW_CONTENT_TYPE, data: image, created_at: nowIso() };
    await documents.insertPreview(db, preview);
  }
  const passed = await disclose(context, "document_download", {
    action: "document.preview",
    entity: "document",
    entityId: id,
    personIds: [row.person_id],
    details: { personId: row.person_id, type: row.type },
  });
  return { passed, image: preview.data, contentType: preview.content_type };
}
