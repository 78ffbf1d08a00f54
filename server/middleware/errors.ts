import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ErrorCode, ErrorEnvelope } from "#shared/api/errors.ts";
import type { AppEnv } from "../app-env.ts";
import { ApiError } from "../lib/errors.ts";
import type { Logger } from "../lib/logger.ts";

const codeOfStatus: Partial<Record<number, ErrorCode>> = {
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

const defaultMessages: Partial<Record<ErrorCode, string>> = {
  bad_request: "Die Anfrage ist fehlerhaft",
  payload_too_large: "Die Anfrage ist zu groß",
};

export function errorResponse(
  c: Context,
  status: number,
  code: ErrorCode,
  message: string,
  details?: unknown,
) {
  const body: ErrorEnvelope = {
    error: details === undefined ? { code, message } : { code, message, details },
  };
  return c.json(body, status as ContentfulStatusCode);
}

export function handleError(logger: Logger) {
  return (error: Error, c: Context<AppEnv>) => {
    const requestId = c.get("requestId");
    if (error instanceof ApiError) {
      for (const [name, value] of Object.entries(error.headers ?? {})) c.header(name, value);
      return errorResponse(c, error.status, error.code, error.message, error.details);
    }
    if (error instanceof HTTPException && error.status < 500) {
      const code = codeOfStatus[error.status] ?? "bad_request";
      const message = error.message.startsWith("Malformed JSON")
        ? "Der Inhalt ist kein gültiges JSON"
        : error.message || (defaultMessages[code] ?? "Die Anfrage ist fehlerhaft");
      return errorResponse(c, error.status, code, message);
    }
    logger.error("unhandled error", { requestId, error: error.stack ?? String(error) });
    return errorResponse(c, 500, "internal", `Interner Fehler (Anfrage ${requestId})`);
  };
}
