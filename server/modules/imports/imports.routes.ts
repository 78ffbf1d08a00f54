import { type Context, Hono } from "hono";
import { say } from "#shared/api/issue-messages.ts";
import "#shared/api/server-issue-messages.ts";
import {
  CompanyImportQuerySchema,
  ImportDecisionsSchema,
  type ImportKind,
  importMappingSchema,
  PersonImportQuerySchema,
} from "#shared/schemas/import.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { fieldError, validationFailed } from "../../lib/errors.ts";
import { toFieldIssues } from "../../lib/field-issues.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { idParam, queryParams } from "../../middleware/validate.ts";
import { importCompanies } from "./company-import.service.ts";
import type { ImportUpload } from "./import-report.ts";
import { getImportRun, listImportRuns } from "./import-runs.service.ts";
import { importPersons } from "./person-import.service.ts";

/** The largest spreadsheet accepted (about 20,000 rows of a wide sheet); the request may carry a little more. */
export const MAX_IMPORT_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_BODY_BYTES = MAX_IMPORT_FILE_BYTES + 256 * 1024;
/** The full paths that take uploads: the JSON-only rule and the 1 MiB body limit make way for them. */
export const IMPORT_PATHS: ReadonlySet<string> = new Set(["/api/imports/persons", "/api/imports/companies"]);

function jsonField<T>(
  value: unknown,
  name: string,
  parse: (input: unknown) => { success: true; data: T } | { success: false; error: import("zod").ZodError },
  empty: T,
): T {
  if (value === undefined || value === "") return empty;
  if (typeof value !== "string") throw fieldError(name, say("json_text_expected"));
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    throw fieldError(name, say("invalid_json"));
  }
  const result = parse(json);
  if (!result.success)
    throw validationFailed(
      toFieldIssues(result.error).map((issue) => ({ ...issue, path: `${name}.${issue.path}` })),
    );
  return result.data;
}

/** The multipart form: `file` (the spreadsheet), optional `mapping` and `decisions` as JSON text. */
async function uploadOf(c: Context<AppEnv>, kind: ImportKind): Promise<ImportUpload> {
  const type = c.req.header("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(type)) throw fieldError("file", say("multipart_file_expected"));
  let form: Record<string, unknown>;
  try {
    form = await c.req.parseBody();
  } catch {
    throw fieldError("file", say("form_unreadable"));
  }
  const file = form.file;
  if (!(file instanceof File)) throw fieldError("file", say("file_expected"));
  if (file.size > MAX_IMPORT_FILE_BYTES)
    throw fieldError("file", say("file_too_large", { count: MAX_IMPORT_FILE_BYTES / 1024 / 1024 }));
  const mappingSchema = importMappingSchema(kind);
  return {
    bytes: new Uint8Array(await file.arrayBuffer()),
    fileName: file.name || "import",
    mapping: jsonField(form.mapping, "mapping", (input) => mappingSchema.safeParse(input), {}),
    decisions: jsonField(form.decisions, "decisions", (input) => ImportDecisionsSchema.safeParse(input), {}),
  };
}

/**
 * Spreadsheet imports (issue 16, items 1–2; decision 0036): advisors of the centre, `multipart/form-data`,
 * `?dryRun=1` for the report alone; `GET /` the centre's import history and `GET /:id` a commit's progress.
 */
export function importRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return (
    new Hono<AppEnv>()
      .post("/persons", permit("create:person"), queryParams(PersonImportQuerySchema), async (c) => {
        const query = c.req.valid("query");
        const upload = await uploadOf(c, "persons");
        const report = await importPersons(db, context(c), upload, query, config.importChunkPauseMs);
        return c.json(report, report.committed ? 201 : 200);
      })
      .post("/companies", permit("create:company"), queryParams(CompanyImportQuerySchema), async (c) => {
        const query = c.req.valid("query");
        const upload = await uploadOf(c, "companies");
        const report = await importCompanies(db, context(c), upload, query, config.importChunkPauseMs);
        return c.json(report, report.committed ? 201 : 200);
      })
      // The history and a commit's progress (decision 0046): counts and file names of the own centre.
      .get("/", permit("create:person"), async (c) => c.json({ items: await listImportRuns(db, context(c)) }))
      .get("/:id", permit("create:person"), idParam, async (c) =>
        c.json(await getImportRun(db, context(c), c.req.valid("param").id)),
      )
  );
}
