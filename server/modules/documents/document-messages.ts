import { say } from "#shared/api/issue-messages.ts";
import "#shared/api/server-issue-messages.ts";
import { MAX_DOCUMENT_BYTES } from "#shared/schemas/document.ts";

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** Every message of the documents module, by its code in `shared/api/issue-messages.ts`. */
export const documentMessages = {
  notMultipart: say("doc_not_multipart"),
  fileTooLarge: say("file_too_large", { count: megabytes(MAX_DOCUMENT_BYTES) }),
  quotaExceeded: (quotaBytes: number) => say("doc_quota_exceeded", { count: megabytes(quotaBytes) }),
  fileEmpty: say("file_empty"),
  fileMissing: say("doc_file_missing"),
  noBoundary: say("doc_no_boundary"),
  oneFileOnly: say("doc_one_file_only"),
  unknownFileField: say("doc_unknown_file_field"),
  fieldTooLong: say("doc_field_too_long"),
  tooManyFields: say("doc_too_many_fields"),
  tooManyParts: say("doc_too_many_parts"),
  multipartBroken: say("doc_multipart_broken"),
  transferAborted: say("doc_transfer_aborted"),
  document: say("doc_document"),
  typeRefused: say("doc_type_refused"),
  imageNoSize: say("doc_image_no_size"),
  imageTooManyPixels: (width: number, height: number, maxPixels: number) =>
    say("doc_image_too_many_pixels", { width, height, count: maxPixels / 1_000_000 }),
  imageBroken: say("doc_image_broken"),
  pngIncomplete: say("doc_png_incomplete"),
  pngBroken: say("doc_png_broken"),
  webpIncomplete: say("doc_webp_incomplete"),
  webpBroken: say("doc_webp_broken"),
  jpegBroken: say("doc_jpeg_broken"),
  jpegNoSize: say("doc_jpeg_no_size"),
  jpegIncomplete: say("doc_jpeg_incomplete"),
  pdfActive: (name: string) => say("doc_pdf_active", { name }),
  zipTooManyEntries: say("doc_zip_too_many_entries"),
  macrosRefused: say("doc_macros_refused"),
  macrosRefusedDocx: say("doc_macros_refused_docx"),
  documentBroken: say("doc_document_broken"),
  unpackedTooLarge: say("doc_unpacked_too_large"),
  notWordDocument: say("doc_not_word_document"),
  zipNotDocument: say("doc_zip_not_document"),
  noSharingConsent: say("doc_no_sharing_consent"),
  placementNotAccepted: say("doc_placement_not_accepted"),
  contactNotReleased: say("doc_contact_not_released"),
  share: say("doc_share"),
  preview: say("doc_preview"),
} as const;
