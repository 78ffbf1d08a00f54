import { type Context, Hono } from "hono";
import { MAX_DOCUMENT_BYTES } from "../../../shared/schemas/document.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { ApiError } from "../../lib/errors.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { idParam } from "../../middleware/validate.ts";
import { sendFile } from "../disclosure/disclosure-gate.ts";
import { documentMessages } from "./document-messages.ts";
import {
  deleteDocument,
  getDocument,
  listDocuments,
  openDocumentContent,
  uploadDocument,
} from "./documents.service.ts";

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
    .delete("/:id", permit("delete:document"), idParam, async (c) => {
      await deleteDocument(db, context(c), c.req.valid("param").id);
      return c.body(null, 204);
    });
}
