import type { z } from "zod";
import { ApiError } from "./api-error.ts";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Record<string, QueryValue>;
type RequestOptions = { signal?: AbortSignal; query?: QueryParams };
/**
 * A schema, or its module loaded on first use: the sign-in page's requests name their response schemas
 * without carrying zod until an answer arrives that needs parsing (decision 0045).
 */
export type SchemaSource<S extends z.ZodType> = S | (() => Promise<S>);

type UnauthenticatedListener = () => void;
const unauthenticatedListeners = new Set<UnauthenticatedListener>();

export function onUnauthenticated(listener: UnauthenticatedListener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

export function withQuery(path: string, query: QueryParams = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

const isAuthPath = (path: string) => path.startsWith("/api/auth/");

/** Reading an error answer needs zod, which therefore arrives with the first one (decision 0045). */
async function errorOf(response: Response, payload: unknown): Promise<ApiError> {
  const { errorFromResponse } = await import("./error-envelope.ts");
  return errorFromResponse(response.status, payload, response.headers.get("Retry-After"));
}

function parsedJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const readJson = async (response: Response): Promise<unknown> => parsedJson(await response.text());

/** A 401 that means "nothing here" (no session yet), known by its status without reading the answer. */
const ABSENT = Symbol("absent");
type SendOptions = RequestOptions & { absentWhenUnauthenticated?: boolean };

async function send(method: Method, path: string, body: unknown, options: SendOptions): Promise<unknown> {
  const headers: Record<string, string> = { Accept: "application/json" };
  const init: RequestInit = { method, headers, credentials: "same-origin", signal: options.signal };
  if (method !== "GET") {
    headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body ?? {});
  }
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), init);
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError({ status: 0, code: "network_error", message: String(cause) });
  }
  const payload = await readJson(response);
  if (response.status === 401 && options.absentWhenUnauthenticated) return ABSENT;
  if (!response.ok) {
    const error = await errorOf(response, payload);
    if (response.status === 401 && !isAuthPath(path)) {
      for (const listener of unauthenticatedListeners) listener();
    }
    throw error;
  }
  return payload;
}

async function parseWith<S extends z.ZodType>(
  source: SchemaSource<S>,
  payload: unknown,
  path: string,
): Promise<z.output<S>> {
  const schema = typeof source === "function" ? await source() : source;
  const parsed = schema.safeParse(payload);
  if (parsed.success) return parsed.data;
  console.error(`Contract break on ${path}`, parsed.error.issues);
  throw new ApiError({
    status: 200,
    code: "invalid_response",
    message: `Unexpected response from ${path}`,
    details: parsed.error.issues,
  });
}

async function get<S extends z.ZodType>(path: string, schema: SchemaSource<S>, options: RequestOptions = {}) {
  return parseWith(schema, await send("GET", path, undefined, options), path);
}

/** The session: `null` when there is none, which is what the sign-in page usually hears. */
async function getUnlessUnauthenticated<S extends z.ZodType>(
  path: string,
  schema: SchemaSource<S>,
  options: RequestOptions = {},
): Promise<z.output<S> | null> {
  const payload = await send("GET", path, undefined, { ...options, absentWhenUnauthenticated: true });
  return payload === ABSENT ? null : parseWith(schema, payload, path);
}

function withBody(method: Exclude<Method, "GET">) {
  function request(path: string, body?: unknown): Promise<void>;
  function request<S extends z.ZodType>(
    path: string,
    body: unknown,
    schema: SchemaSource<S>,
  ): Promise<z.output<S>>;
  async function request<S extends z.ZodType>(path: string, body?: unknown, schema?: SchemaSource<S>) {
    const payload = await send(method, path, body, {});
    return schema ? parseWith(schema, payload, path) : undefined;
  }
  return request;
}

/** A file the server sends as an attachment; errors arrive as the usual JSON envelope. */
export type DownloadedFile = { blob: Blob; fileName: string };

/** A `body` makes it a POST of JSON (a list export of chosen rows: too many ids for a URL). */
async function download(path: string, query: QueryParams = {}, body?: unknown): Promise<DownloadedFile> {
  const init: RequestInit =
    body === undefined
      ? { credentials: "same-origin" }
      : {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          credentials: "same-origin",
          body: JSON.stringify(body),
        };
  let response: Response;
  try {
    response = await fetch(withQuery(path, query), init);
  } catch (cause) {
    throw new ApiError({ status: 0, code: "network_error", message: String(cause) });
  }
  if (!response.ok) {
    const error = await errorOf(response, await readJson(response));
    if (response.status === 401) for (const listener of unauthenticatedListeners) listener();
    throw error;
  }
  const named = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "")?.[1];
  return { blob: await response.blob(), fileName: named ?? path.split("/").at(-1) ?? "download" };
}

export type UploadOptions = { query?: QueryParams; onProgress?: (fraction: number) => void };

/**
 * Sends a file as multipart/form-data (documents, spreadsheet imports); the browser sets the boundary.
 * XMLHttpRequest rather than fetch: only it reports upload progress. Errors arrive as the usual JSON envelope.
 */
function upload<S extends z.ZodType>(
  path: string,
  form: FormData,
  schema: S,
  { query = {}, onProgress }: UploadOptions = {},
): Promise<z.output<S>> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", withQuery(path, query));
    request.setRequestHeader("Accept", "application/json");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    request.upload.onload = () => onProgress?.(1);
    request.onerror = () =>
      reject(new ApiError({ status: 0, code: "network_error", message: `upload ${path}` }));
    request.onload = async () => {
      const payload = parsedJson(request.responseText);
      if (request.status < 400) return parseWith(schema, payload, path).then(resolve, reject);
      if (request.status === 401) for (const listener of unauthenticatedListeners) listener();
      const { errorFromResponse } = await import("./error-envelope.ts");
      reject(errorFromResponse(request.status, payload, request.getResponseHeader("Retry-After")));
    };
    request.send(form);
  });
}

export const api = {
  get,
  getUnlessUnauthenticated,
  download,
  upload,
  post: withBody("POST"),
  put: withBody("PUT"),
  patch: withBody("PATCH"),
  del: withBody("DELETE"),
};
