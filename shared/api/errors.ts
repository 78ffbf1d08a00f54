import * as z from "zod/mini";

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
 * The envelope is parsed on every page, the sign-in page included, so it is written with zod's tree-shakable
 * mini API (decision 0045): the sign-in page's JavaScript does not carry the whole of zod.
 */

/**
 * One field's problem: `code` is stable (one of `issueCodes` in issue-messages.ts, or zod's own issue code
 * such as `too_small` where a schema gives no message), `params` fill the client's text, `message` is the
 * German wording for API clients.
 */
export const FieldIssueSchema = z.object({
  path: z.string(),
  code: z.string(),
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof FieldIssueSchema>;
/** An issue as code raises it: the code and params are found from a message made by `say`. */
export type RaisedIssue = Pick<FieldIssue, "path" | "message"> & Partial<Pick<FieldIssue, "code" | "params">>;

export const ErrorEnvelopeSchema = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    details: z.optional(z.unknown()),
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

/** Why a 409 happened, in `error.details.reason`, so clients need not read the message. */
export const conflictReasons = [
  "stale_version",
  "possible_duplicates",
  "open_case_exists",
  "transition_not_allowed",
  "case_not_closed",
  "case_closed",
  "consent_active",
  "consent_withdrawn",
  "request_in_flight",
  "offer_full",
  "offer_not_open",
  "already_proposed",
  "no_sharing_consent",
  "no_referral_consent",
  "already_enrolled",
  "contact_not_released",
  "contact_already_released",
  "placement_not_accepted",
  "sharing_consent_withdrawn",
  "request_decided",
  "grant_pending",
  "request_pending",
  "sign_in_step",
  "legal_hold",
  "person_anonymised",
] as const;
export type ConflictReason = (typeof conflictReasons)[number];
