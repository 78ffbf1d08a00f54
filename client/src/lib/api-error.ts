import type { ErrorCode, FieldIssue } from "#shared/api/errors.ts";

/** Issues as received: our server always sends a code; a proxy's or an older server's may not. */
export type ReceivedIssue = Omit<FieldIssue, "code"> & Partial<Pick<FieldIssue, "code">>;

export type ApiErrorCode = ErrorCode | "network_error" | "invalid_response";

type ApiErrorInit = {
  status: number;
  code: ApiErrorCode;
  message: string;
  details?: unknown;
  fieldIssues?: ReceivedIssue[];
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
    this.fieldIssues = init.fieldIssues ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }
}

export function isApiError(error: unknown, code?: ApiErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now) / 1000));
}
