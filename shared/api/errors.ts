import { z } from "zod";

export const errorCodes = [
  "bad_request",
  "validation_failed",
  "unauthenticated",
  "forbidden",
  "not_found",
  "conflict",
  "payload_too_large",
  "unsupported_media_type",
  "too_many_requests",
  "idempotency_key_reused",
  "internal",
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/**
 * One field's problem: `code` is stable (one of `issueCodes` in issue-messages.ts, or zod's own issue code
 * such as `too_small` where a schema gives no message), `params` fill the client's text, `message` is the
 * German wording for API clients.
 */
export const FieldIssueSchema = z.object({
  path: z.string(),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof FieldIssueSchema>;
/** An issue as code raises it: the code and params are found from a message made by `say`. */
export type RaisedIssue = Pick<FieldIssue, "path" | "message"> & Partial<Pick<FieldIssue, "code" | "params">>;

export const ErrorEnvelopeSchema = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorEnvelope = z.infer<typeof ErrorEnvelopeSchema>;

export const statusOfCode: Record<ErrorCode, number> = {
  bad_request: 400,
  validation_failed: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  idempotency_key_reused: 422,
  internal: 500,
};
