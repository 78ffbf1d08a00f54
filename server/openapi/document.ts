import { z } from "zod";
import { conflictReasons } from "#shared/api/conflict-reasons.ts";
import { type ErrorCode, ErrorEnvelopeSchema, FieldIssueSchema } from "#shared/api/errors.ts";
import type { RegisteredRoute } from "./registered-routes.ts";
import { type FileBody, type RouteDoc, routeDocs } from "./route-docs.ts";
import { sharedSchemaNames } from "./schema-names.ts";

type JsonSchema = Record<string, unknown>;
type Operation = Record<string, unknown>;
export type OpenApiDocument = {
  openapi: "3.1.0";
  info: Record<string, unknown>;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonSchema>; responses: Record<string, unknown> } & Record<
    string,
    unknown
  >;
} & Record<string, unknown>;

/** Statuses any operation may answer with the error envelope (docs/decisions/0042). */
export const errorStatuses = [400, 401, 403, 404, 409, 413, 415, 422, 429, 500] as const;

const errorDescriptions: Record<(typeof errorStatuses)[number], string> = {
  400: "Bad request",
  401: "Not signed in",
  403: "Not allowed for this role",
  404: "Absent, or another centre's record",
  409: "Conflict; `details.reason` says which, a stale version carries `details.current`",
  413: "Body too large",
  415: "Not JSON",
  422: "Invalid input; `details` lists the field issues",
  429: "Too many requests; retry after the `Retry-After` seconds",
  500: "Internal error (no stack trace)",
};

const envelopeOf = (codes: [ErrorCode, ...ErrorCode[]], details: z.ZodType = z.unknown()) =>
  z.object({ error: z.object({ code: z.enum(codes), message: z.string(), details: details.optional() }) });

/** The envelope each error status answers: its code, and for 409 and 422 what `details` holds. */
const errorBodies: Record<(typeof errorStatuses)[number], z.ZodType> = {
  400: envelopeOf(["bad_request"]),
  401: envelopeOf(["unauthenticated"]),
  403: envelopeOf(["forbidden"]),
  404: envelopeOf(["not_found"]),
  409: envelopeOf(
    ["conflict"],
    z.looseObject({ reason: z.enum(conflictReasons), current: z.unknown().optional() }),
  ),
  413: envelopeOf(["payload_too_large"]),
  415: envelopeOf(["unsupported_media_type"]),
  422: envelopeOf(
    ["validation_failed", "idempotency_key_reused"],
    z.union([z.array(FieldIssueSchema), z.looseObject({})]),
  ),
  429: envelopeOf(["too_many_requests"]),
  500: envelopeOf(["internal"]),
};

/** The request body as a client sends it (`io: input`), and the response as a client parses it. */
const toJsonSchema = (schema: z.ZodType): JsonSchema => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "any",
  }) as JsonSchema;
  return rest;
};

const isFileBody = (body: unknown): body is FileBody =>
  typeof body === "object" && body !== null && "mediaType" in body && !("_zod" in body);

export const openApiPath = (honoPath: string) => honoPath.replace(/:([A-Za-z]+)/g, "{$1}");
const tagOf = (path: string) => path.split("/")[2]?.replace(/\.(csv|ics|json|css)$/, "") ?? "api";
const operationIdOf = (method: string, path: string) =>
  [method.toLowerCase(), ...path.split("/").slice(2)]
    .join("_")
    .replace(/[{}:]/g, "")
    .replace(/[^A-Za-z0-9_]/g, "_");

function createSchemaRefs() {
  const names = sharedSchemaNames();
  const components: Record<string, JsonSchema> = {};
  const refTo = (schema: z.ZodType): JsonSchema => {
    const name = names.get(schema);
    if (!name) return toJsonSchema(schema);
    components[name] ??= toJsonSchema(schema);
    return { $ref: `#/components/schemas/${name}` };
  };
  return { refTo, components };
}

function parametersOf(route: RegisteredRoute | undefined, path: string) {
  const fromSchema = (schema: z.ZodType | undefined, place: "path" | "query") => {
    if (!schema) return [];
    const json = toJsonSchema(schema);
    const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((json.required ?? []) as string[]);
    return Object.entries(properties).map(([name, property]) => ({
      name,
      in: place,
      required: place === "path" || required.has(name),
      schema: property,
    }));
  };
  const declared = fromSchema(route?.schemas.param, "path");
  const undeclared = [...path.matchAll(/:([A-Za-z]+)/g)]
    .map((match) => match[1] ?? "")
    .filter((name) => !declared.some((parameter) => parameter.name === name))
    .map((name) => ({ name, in: "path", required: true, schema: { type: "string" } }));
  return [...declared, ...undeclared, ...fromSchema(route?.schemas.query, "query")];
}

function operationOf(
  key: string,
  doc: RouteDoc,
  route: RegisteredRoute | undefined,
  refTo: (schema: z.ZodType) => JsonSchema,
): Operation {
  const [method = "", path = ""] = key.split(" ");
  const responses: Record<string, unknown> = {};
  for (const [status, body] of Object.entries(doc.responses)) {
    if (body === null || body === undefined) responses[status] = { description: "No content" };
    else if (isFileBody(body))
      responses[status] = { description: doc.summary, content: { [body.mediaType]: {} } };
    else
      responses[status] = {
        description: doc.summary,
        content: { "application/json": { schema: refTo(body) } },
      };
  }
  for (const status of errorStatuses) responses[status] = { $ref: `#/components/responses/Error${status}` };
  const json = route?.schemas.json;
  const requestBody = json
    ? { required: true, content: { "application/json": { schema: refTo(json) } } }
    : doc.upload
      ? { required: true, content: { [doc.upload.mediaType]: { schema: { type: "object" } } } }
      : undefined;
  const access = route?.access ?? "public";
  return {
    operationId: operationIdOf(method, openApiPath(path)),
    summary: doc.summary,
    tags: [tagOf(path)],
    "x-access": access,
    security: access === "public" ? [] : [{ session: [] }],
    parameters: parametersOf(route, path),
    ...(requestBody && { requestBody }),
    responses,
  };
}

const description = [
  "JSON over `/api` for the Welcome Centers' case management. Every request but `GET` and `HEAD` sends",
  "`Content-Type: application/json` (uploads: `multipart/form-data`) and an `Origin` header of the",
  "server's own origin. Sign in with `POST /api/auth/login`; the session is the `ankommen_session`",
  "cookie (`__Host-ankommen_session` in production). `x-access` names the permission a route checks;",
  "another centre's record answers 404. Errors are one envelope `{ error: { code, message, details? } }`;",
  "field issues carry a stable `code` and `params`, `message` is German.",
].join(" ");

/** The OpenAPI 3.1 document of the routes the app registered, with the answers `routeDocs` lists. */
export function buildOpenApiDocument(routes: RegisteredRoute[]): OpenApiDocument {
  const { refTo, components } = createSchemaRefs();
  const registered = new Map(routes.map((route) => [`${route.method} ${route.path}`, route]));
  const paths: OpenApiDocument["paths"] = {};
  for (const [key, doc] of Object.entries(routeDocs)) {
    const [method = "", path = ""] = key.split(" ");
    const operation = operationOf(key, doc, registered.get(key), refTo);
    paths[openApiPath(path)] = { ...paths[openApiPath(path)], [method.toLowerCase()]: operation };
  }
  refTo(ErrorEnvelopeSchema);
  refTo(FieldIssueSchema);
  const responses = Object.fromEntries(
    errorStatuses.map((status) => [
      `Error${status}`,
      {
        description: errorDescriptions[status],
        content: { "application/json": { schema: toJsonSchema(errorBodies[status]) } },
      },
    ]),
  );
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: { title: "Ankommen API", version: "1", description },
    servers: [{ url: "/" }],
    paths,
    components: {
      schemas: components,
      responses,
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "ankommen_session" } },
    },
  };
}
