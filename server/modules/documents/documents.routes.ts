import { type Context, Hono } from "hono";
import { z } from "zod";
import { IdSchema } from "#shared/schemas/common.ts";
import { DocumentShareCreateSchema, MAX_DOCUMENT_BYTES } from "#shared/schemas/document.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { ApiError } from "../../lib/errors.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { idParam, jsonBody, pathParams } from "../../middleware/validate.ts";
import { sendFile, sendPreview } from "../disclosure/disclosure-gate.ts";
import { listCandidateDocuments, openCandidateDocument } from "./candidate-documents.service.ts";
import { documentMessages } from "./document-messages.ts";
import { listDocumentShares, shareDocument, unshareDocument } from "./document-shares.service.ts";
import {
  deleteDocument,
  getDocument,
  listDocuments,
  openDocumentContent,
  openDocumentPreview,
  uploadDocument,
} from "./documents.service.ts";

const ShareParams = z.object({ id: IdSchema, placementId: IdSchema });
const CandidateDocumentParams = z.object({ id: IdSchema, documentId: IdSchema });
/** The form fields and multipart framing around a file of the maximum size. */
const MAX_UPLOAD_REQUEST_BYTES = MAX_DOCUMENT_BYTES + 64 * 1024;
const UPLOAD_PATH = /^\/api\/persons\/[^/]+\/documents$/;

/** The one API route that takes multipart/form-data instead of JSON (and is exempt from the 1 MiB body limit). */
export const isDocumentUpload = (method: string, path: string) => method === "POST" && UPLOAD_PATH.test(path);

const multipartType = (c: Context<AppEnv>) => {
  const contentType = c.req.header("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType))
    throw new ApiError("unsupported_media_type", documentMessages.notMultipart);
  const length = Number(c.req.header("content-length") ?? "0");
  if (length > MAX_UPLOAD_REQUEST_BYTES)
    throw new ApiError("payload_too_large", documentMessages.fileTooLarge, {
      reason: "file_too_large",
      limitBytes: MAX_DOCUMENT_BYTES,
    });
  return contentType;
};

/** Mounted under `/api/persons`: a person's documents. */
export function personDocumentRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return new Hono<AppEnv>()
    .get("/:id/documents", permit("read:document"), idParam, async (c) =>
      c.json(await listDocuments(db, context(c), c.req.valid("param").id)),
    )
    .post("/:id/documents", permit("create:document"), idParam, async (c) => {
      const contentType = multipartType(c);
      const result = await uploadDocument(
        db,
        context(c),
        c.req.valid("param").id,
        { contentType, body: c.req.raw.body },
        { quotaBytes: config.documentsCentreQuotaBytes },
      );
      return c.json(result, result.duplicate ? 200 : 201);
    });
}

/** Mounted under `/api/documents`: one document, its bytes (always a download), its removal. */
export function documentRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return new Hono<AppEnv>()
    .get("/:id", permit("read:document"), idParam, async (c) =>
      c.json(await getDocument(db, context(c), c.req.valid("param").id)),
    )
    .get("/:id/content", permit("read:document"), idParam, async (c) => {
      const { document, passed, body } = await openDocumentContent(db, context(c), c.req.valid("param").id);
      return sendFile(c, passed, {
        body,
        contentType: document.contentType,
        fileName: document.fileName,
        sizeBytes: document.sizeBytes,
      });
    })
    .get("/:id/preview", permit("read:document"), idParam, async (c) => {
      const { passed, image, contentType } = await openDocumentPreview(
        db,
        context(c),
        c.req.valid("param").id,
      );
      return sendPreview(c, passed, image, contentType);
    })
    .get("/:id/shares", permit("read:document"), idParam, async (c) =>
      c.json(await listDocumentShares(db, context(c), c.req.valid("param").id)),
    )
    .post(
      "/:id/shares",
      permit("update:document"),
      idParam,
      jsonBody(DocumentShareCreateSchema),
      async (c) => {
        const { shares, created } = await shareDocument(
          db,
          context(c),
          c.req.valid("param").id,
          c.req.valid("json"),
        );
        return c.json(shares, created ? 201 : 200);
      },
    )
    .delete("/:id/shares/:placementId", permit("update:document"), pathParams(ShareParams), async (c) => {
      const { id, placementId } = c.req.valid("param");
      await unshareDocument(db, context(c), id, placementId);
      return c.body(null, 204);
    })
    .delete("/:id", permit("delete:document"), idParam, async (c) => {
      await deleteDocument(db, context(c), c.req.valid("param").id);
      return c.body(null, 204);
    });
}

/** Mounted under `/api/candidates`: what an advisor shared for the employer's placement, once released. */
export function candidateDocumentRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return new Hono<AppEnv>()
    .get("/:id/documents", permit("read:candidate"), idParam, async (c) =>
      c.json(await listCandidateDocuments(db, context(c), c.req.valid("param").id)),
    )
    .get(
      "/:id/documents/:documentId/content",
      permit("read:candidate"),
      pathParams(CandidateDocumentParams),
      async (c) => {
        const { id, documentId } = c.req.valid("param");
        const { document, passed, body } = await openCandidateDocument(db, context(c), id, documentId);
        return sendFile(c, passed, {
          body,
          contentType: document.contentType,
          fileName: document.fileName,
          sizeBytes: document.sizeBytes,
        });
      },
    );
}
