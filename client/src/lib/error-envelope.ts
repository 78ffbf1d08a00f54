import { type ErrorCode, ErrorEnvelopeSchema, FieldIssueSchema } from "#shared/api/errors.ts";
import { ApiError, parseRetryAfter, type ReceivedIssue } from "./api-error.ts";

/**
 * Reading an error answer needs zod, so this arrives with the first error answer; the sign-in page's most
 * common one (no session yet) is known by its status alone (decision 0045).
 */
const ReceivedIssuesSchema = FieldIssueSchema.partial({ code: true }).array();

export function fieldIssuesOf(details: unknown): ReceivedIssue[] {
  const parsed = ReceivedIssuesSchema.safeParse(details);
  return parsed.success ? parsed.data : [];
}

const fallbackCodeByStatus: Record<number, ErrorCode> = {
  400: "bad_request",
  401: "unauthenticated",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  413: "payload_too_large",
  415: "unsupported_media_type",
  422: "validation_failed",
  429: "too_many_requests",
};

export function errorFromResponse(status: number, body: unknown, retryAfter: string | null): ApiError {
  const envelope = ErrorEnvelopeSchema.safeParse(body);
  const retryAfterSeconds = parseRetryAfter(retryAfter);
  if (envelope.success) {
    const { code, message, details } = envelope.data.error;
    return new ApiError({
      status,
      code,
      message,
      details,
      fieldIssues: fieldIssuesOf(details),
      retryAfterSeconds,
    });
  }
  const code = fallbackCodeByStatus[status] ?? "internal";
  return new ApiError({ status, code, message: `HTTP ${status}`, retryAfterSeconds });
}
