/** The tables this module owns, as Kysely sees them (docs/architecture.md: table types). */
export type DocumentsTable = {
  id: string;
  centre_id: string;
  person_id: string;
  /** `pending` while the chunks stream in, `ready` once the upload passed every check. */
  status: string;
  type: string;
  file_name: string;
  content_type: string | null;
  size_bytes: number;
  sha256: string | null;
  valid_until: string | null;
  note: string | null;
  uploaded_by: string | null;
  created_at: string;
};

export type DocumentChunksTable = {
  document_id: string;
  seq: number;
  data: Uint8Array;
};

/** A document shared with the company of one placement (decision 0044). */
export type DocumentSharesTable = {
  id: string;
  centre_id: string;
  document_id: string;
  placement_id: string;
  shared_by: string | null;
  shared_at: string;
};

/** The server-made preview of an image document, made on first request. */
export type DocumentPreviewsTable = {
  document_id: string;
  content_type: string;
  data: Uint8Array;
  created_at: string;
};
