import { z } from "zod";
import { say } from "../api/issue-messages.ts";
import { PlacementStageSchema } from "../reference/employers.ts";
import { CalendarDateSchema, IdSchema, InstantSchema, multiLineText } from "./common.ts";

export const documentTypes = [
  "passport",
  "residence_permit",
  "language_certificate",
  "qualification_certificate",
  "recognition_notice",
  "cv",
  "contract",
  "other",
] as const;
export const DocumentTypeSchema = z.enum(documentTypes, { error: say("document_type_required") });
export type DocumentType = z.infer<typeof DocumentTypeSchema>;

/** What the server accepts, decided from the content (magic bytes), never from the name or the header. */
export const documentContentTypes = [
  "application/pdf",
  "image/jpeg",
  "image/png",
  "image/webp",
  "image/heic",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.oasis.opendocument.text",
] as const;
export type DocumentContentType = (typeof documentContentTypes)[number];

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
/** Documents whose validity ends within this many days get a task, like an expiring permit. */
export const DOCUMENT_WARNING_DAYS = 90;

/** The form fields of `POST /api/persons/:id/documents` besides `file` (multipart/form-data). */
export const DocumentUploadFieldsSchema = z.strictObject({
  type: DocumentTypeSchema,
  validUntil: CalendarDateSchema.optional(),
  note: multiLineText().max(2000).optional(),
});
export type DocumentUploadFields = z.infer<typeof DocumentUploadFieldsSchema>;

export const DocumentSchema = z.object({
  id: IdSchema,
  personId: IdSchema,
  type: DocumentTypeSchema,
  fileName: z.string(),
  contentType: z.enum(documentContentTypes),
  sizeBytes: z.number().int().min(0),
  sha256: z.string(),
  validUntil: CalendarDateSchema.nullable(),
  note: z.string().nullable(),
  uploadedBy: z.string().nullable(),
  createdAt: InstantSchema,
});
export type DocumentMeta = z.infer<typeof DocumentSchema>;

/** 201 for a new file; 200 with `duplicate: true` and the stored document when the person already has it. */
export const DocumentUploadResultSchema = z.object({ document: DocumentSchema, duplicate: z.boolean() });
export type DocumentUploadResult = z.infer<typeof DocumentUploadResultSchema>;

export const DocumentListSchema = z.object({ items: z.array(DocumentSchema) });
export type DocumentList = z.infer<typeof DocumentListSchema>;

/** German names, for server-made texts (task titles); the client takes its labels from the locale files. */
export const documentTypeNames: Record<DocumentType, string> = {
  passport: "Reisepass",
  residence_permit: "Aufenthaltstitel",
  language_certificate: "Sprachzertifikat",
  qualification_certificate: "Berufsabschluss",
  recognition_notice: "Anerkennungsbescheid",
  cv: "Lebenslauf",
  contract: "Arbeits- oder Ausbildungsvertrag",
  other: "Dokument",
};

/** Images the server re-encodes into a small preview (HEIC has no decoder in the prebuilt binaries; PDFs get none). */
export const previewContentTypes = ["image/jpeg", "image/png", "image/webp"] as const;
export const hasPreview = (contentType: string) =>
  (previewContentTypes as readonly string[]).includes(contentType);

/** `POST /api/documents/:id/shares`: share the document with the company of one of the person's placements. */
export const DocumentShareCreateSchema = z.strictObject({ placementId: IdSchema });
export type DocumentShareCreate = z.infer<typeof DocumentShareCreateSchema>;

/** One placement of the document's person: whether the document is shared with its company, and whether it shows. */
export const DocumentShareOptionSchema = z.object({
  placementId: IdSchema,
  offerTitle: z.string(),
  companyName: z.string(),
  stage: PlacementStageSchema,
  contactReleased: z.boolean(),
  shared: z.boolean(),
  sharedAt: InstantSchema.nullable(),
  /** Shared, released, in a stage that holds the place, and the person consents: the employer sees it now. */
  visibleToEmployer: z.boolean(),
  canShare: z.boolean(),
});
export type DocumentShareOption = z.infer<typeof DocumentShareOptionSchema>;

export const DocumentSharesSchema = z.object({
  sharingConsent: z.boolean(),
  items: z.array(DocumentShareOptionSchema),
});
export type DocumentShares = z.infer<typeof DocumentSharesSchema>;

/** What an employer sees of a document shared for their placement: no note, no uploader, no hash. */
export const SharedDocumentSchema = z.object({
  id: IdSchema,
  type: DocumentTypeSchema,
  fileName: z.string(),
  contentType: z.enum(documentContentTypes),
  sizeBytes: z.number().int().min(0),
  sharedAt: InstantSchema,
});
export type SharedDocument = z.infer<typeof SharedDocumentSchema>;
export const SharedDocumentListSchema = z.object({ items: z.array(SharedDocumentSchema) });
export type SharedDocumentList = z.infer<typeof SharedDocumentListSchema>;
