import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { buildOpenApiDocument, type OpenApiDocument } from "#server/openapi/document.ts";
import { registeredRoutes } from "#server/openapi/registered-routes.ts";
import type { TestApp } from "./test-app.ts";

const DOCUMENT_ID = "https://ankommen.invalid/api/openapi.json";

type Operation = { responses: Record<string, { $ref?: string; content?: Record<string, unknown> }> };
type Template = { pattern: RegExp; path: string; operations: Record<string, Operation> };

const pointerPart = (part: string) => part.replace(/~/g, "~0").replace(/\//g, "~1");
const templateOf = (path: string) =>
  new RegExp(`^${path.replace(/[.]/g, "\\.").replace(/\{[A-Za-z]+\}/g, "[^/]+")}$`);
const parameterCount = (path: string) => (path.match(/\{/g) ?? []).length;

/** The document and its validators, built once per test process: compiling is the slow part. */
function createContract(document: OpenApiDocument) {
  // Shared components compiled once as functions, and no code optimisation pass: compiling is the cost.
  const ajv = new Ajv2020({
    strict: false,
    validateFormats: false,
    validateSchema: false,
    inlineRefs: false,
    code: { optimize: false },
  });
  ajv.addSchema({ ...document, $id: DOCUMENT_ID });
  const compiled = new Map<string, ValidateFunction>();
  const validatorAt = (pointer: string) => {
    let validate = compiled.get(pointer);
    if (!validate) {
      validate = ajv.compile({ $ref: `${DOCUMENT_ID}#${pointer}` });
      compiled.set(pointer, validate);
    }
    return validate;
  };
  // Fixed paths before templated ones, so `/api/persons/duplicates` is not taken for `/api/persons/{id}`.
  const templates: Template[] = Object.entries(document.paths)
    .sort(([a], [b]) => parameterCount(a) - parameterCount(b))
    .map(([path, operations]) => ({
      path,
      pattern: templateOf(path),
      operations: operations as Template["operations"],
    }));

  /** Why the response breaks the contract, or null when it keeps it (or is not an API route's). */
  return async function violationOf(method: string, url: string, response: Response): Promise<string | null> {
    const path = new URL(url, "http://localhost").pathname;
    if (!path.startsWith("/api/")) return null;
    const verb = method.toLowerCase();
    const template = templates.find(
      (candidate) => candidate.pattern.test(path) && candidate.operations[verb],
    );
    const status = String(response.status);
    const isJson = /application\/json/.test(response.headers.get("content-type") ?? "");
    const where = `${method} ${path} → ${status}`;
    const check = async (pointer: string) => {
      const body = await response.clone().json();
      const validate = validatorAt(pointer);
      return validate(body) ? null : `${where}: ${ajv.errorsText(validate.errors)} (schema ${pointer})`;
    };
    if (!template)
      return response.status >= 400 && isJson ? check("/components/schemas/ErrorEnvelope") : null;
    const documented = template.operations[verb]?.responses[status];
    if (!documented) return `${where}: status not in the OpenAPI document for ${method} ${template.path}`;
    if (documented.$ref)
      return isJson
        ? check(`${documented.$ref.slice(1)}/content/application~1json/schema`)
        : `${where}: error without JSON`;
    if (!isJson) return null;
    const json = documented.content?.["application/json"] as { schema?: unknown } | undefined;
    if (!json)
      return `${where}: JSON body where the document lists ${Object.keys(documented.content ?? {}).join(", ") || "none"}`;
    if (!json.schema) return null;
    const pointer = [
      "",
      "paths",
      template.path,
      verb,
      "responses",
      status,
      "content",
      "application/json",
      "schema",
    ]
      .map(pointerPart)
      .join("/");
    return check(pointer);
  };
}

let contract: ReturnType<typeof createContract> | undefined;

/** Every app of a test run registers the same routes, so the first one's document serves all. */
export function contractOf(app: TestApp) {
  contract ??= createContract(buildOpenApiDocument(registeredRoutes(app.routes)));
  return contract;
}
