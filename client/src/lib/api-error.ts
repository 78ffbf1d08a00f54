import * as z from "zod/mini";
import { type ErrorCode, ErrorEnvelopeSchema, FieldIssueSchema } from "../../../shared/api/errors.ts";

/** Issues as received: our server always sends a code; a proxy's or an older server's may not. */
const ReceivedIssuesSchema = z.array(z.partial(FieldIssueSchema, { code: true }));
export type ReceivedIssue = z.infer<typeof ReceivedIssuesSchema>[number];

export type ApiErrorCode = ErrorCode | "network_error" | "invalid_response";

type ApiErrorInit = {
  status: number;
  code: ApiErrorCode;
  message: string;
  details?: unknown;
  retryAfterSeconds?: number | null;
};

export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly details: unknown;
  readonly fieldIssues: ReceivedIssue[];
  readonly retryAfterSeconds: number | null;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = "ApiError";
    this.status = init.status;
    this.code = init.code;
    this.details = init.details;
    this.fieldIssues = fieldIssuesOf(init.details);
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }
}

export function isApiError(error: unknown, code?: ApiErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

export function fieldIssuesOf(details: unknown): ReceivedIssue[] {
  const parsed = ReceivedIssuesSchema.safeParse(details);
  return parsed.success ? parsed.data : [];
}

export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now) / 1000));
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
    return new ApiError({ status, code, message, details, retryAfterSeconds });
  }
  const code = fallbackCodeByStatus[status] ?? "internal";
  return new ApiError({ status, code, message: `HTTP ${status}`, retryAfterSeconds });
}
