import fc from "fast-check";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { IMPORT_PATHS } from "#server/modules/imports/imports.routes.ts";
import { ErrorEnvelopeSchema } from "#shared/api/errors.ts";
import { type Permission, scopeOf } from "#shared/auth/permissions.ts";
import { createTwoCentres, TEST_PASSWORD } from "../factories/index.ts";
import { createCaseFile } from "../factories/records.ts";
import { snapshotTables, tableNames } from "../setup/db-snapshot.ts";
import { type Client, clientFor, signIn } from "../setup/http.ts";
import { apiRoutes, type RegisteredRoute } from "../setup/routes.ts";
import { ORIGIN, setupTestApp } from "../setup/test-app.ts";

/**
 * Property-based bad input against every route the app registers: write routes get arbitrary bodies,
 * list and detail routes get malformed query strings, cursors and ids. Every answer must be a 4xx error
 * envelope and the database must not change. `FUZZ_RUNS` raises the runs per route and kind (soak).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 50);
const lane = process.env.TEST_DB ?? "sqlite";

const { app, db, database } = await setupTestApp();
const routes = apiRoutes(app);
const writeRoutes = routes.filter((route) => route.method !== "GET" && route.schemas.json);
/** Reads with a query or path parameters, and writes that take only path parameters (e.g. DELETE). */
const readRoutes = routes.filter(
  (route) =>
    (route.method === "GET" && route.schemas.query) || (!writeRoutes.includes(route) && /:/.test(route.path)),
);
/** Spreadsheet imports take multipart/form-data: fuzzed with files, form fields and queries of their own. */
const uploadRoutes = routes.filter((route) => IMPORT_PATHS.has(route.path));
/** Write routes without a body schema take no input to fuzz (e.g. sign-out); they are listed in the summary. */
const untouched = routes.filter(
  (route) => !writeRoutes.includes(route) && !readRoutes.includes(route) && !uploadRoutes.includes(route),
);
/** `sessions.last_seen_at` moves with every request by design. */
const IGNORED_TABLES = ["sessions"];
/** Which table a path parameter other than `:id` names, when its name does not say it. */
const PARAM_TABLES: Record<string, string> = { consentId: "person_consents", activityId: "case_activities" };
/**
 * A well-formed cursor may answer a page, which is audited as a read (with the persons it showed): that is no
 * change by bad input. A change would show in its own table as well.
 */
const isReadAudit = (table: string, row: Record<string, unknown>) =>
  table === "audit_persons" ||
  (table === "audit_log" && /\.(list|read|list\.export)$/.test(String(row.action)));
const roles = ["advisor", "admin", "manager", "employer"] as const;

let cast: Awaited<ReturnType<typeof createTwoCentres>>;
const clients = new Map<string, Client>();
const stats = { requests: 0, plausibleCursors: 0, routes: 0 };
const failures: string[] = [];

beforeAll(async () => {
  cast = await createTwoCentres(db);
  for (const role of roles) clients.set(role, await signIn(app, cast.own[role].email, TEST_PASSWORD));
  const advisor = clients.get("advisor") as Client;
  const otherAdvisor = await signIn(app, cast.other.advisor.email, TEST_PASSWORD);
  for (let i = 0; i < 2; i++) await createCaseFile(db, advisor, cast.own.centre.id);
  await createCaseFile(db, otherAdvisor, cast.other.centre.id);
}, 60_000);

afterAll(() => {
  const summary =
    `[bad-input] ${lane}: ${stats.requests} requests on ${stats.routes} routes ` +
    `(${writeRoutes.length} write, ${readRoutes.length} read; ${RUNS} runs per route and kind), ` +
    `${stats.plausibleCursors} well-formed foreign cursors, ${failures.length} failures; ` +
    `not fuzzed (no input): ${untouched.map((route) => `${route.method} ${route.path}`).join(", ")}`;
  process.stdout.write(`${summary}\n`);
});

/** A signed-in user whose role may use the route, so the request reaches its validators. */
function clientFor_(route: RegisteredRoute): Client {
  if (route.access === "public") return clientFor(app);
  if (route.access === undefined || route.access === "signed-in" || route.access === "signing-in")
    return clients.get("advisor") as Client;
  const role = roles.find((each) => scopeOf(each, route.access as Permission)) ?? "advisor";
  return clients.get(role) as Client;
}

const tableOfParam = (segments: string[], index: number): string => {
  const name = (segments[index] ?? "").slice(1);
  if (name === "id") return (segments[index - 1] ?? "").replaceAll("-", "_");
  return PARAM_TABLES[name] ?? `${name.replace(/Id$/, "").replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}s`;
};

/** Real ids per path parameter: records of the own centre and of the other centre, where the table exists. */
async function realIdsFor(path: string): Promise<Record<string, string[]>> {
  const tables = await tableNames(db, database.dialect);
  const segments = path.split("/");
  const ids: Record<string, string[]> = {};
  for (const [index, segment] of segments.entries()) {
    if (!segment.startsWith(":")) continue;
    const table = tableOfParam(segments, index);
    let found: string[] = [];
    if (tables.includes(table)) {
      const { rows } = await sql<{ id: string }>`select id from ${sql.table(table)} limit 20`.execute(db);
      found = rows.map((row) => row.id);
    }
    ids[segment.slice(1)] = found;
  }
  return ids;
}

const randomId = fc.oneof(
  fc.uuid(),
  fc.string({ minLength: 1, maxLength: 80 }),
  fc.string({ unit: "binary", minLength: 1, maxLength: 70 }),
  fc.constantFrom("x".repeat(65), "0", "-1", "null", "%00", "😀", "' or 1=1 --", "\u0000"),
);
const idArbitrary = (real: string[]) =>
  (real.length > 0 ? fc.oneof(fc.constantFrom(...real), randomId) : randomId).filter(
    (id) => id !== "." && id !== "..",
  );

function pathArbitrary(path: string, ids: Record<string, string[]>, randomOnly: boolean) {
  const params = Object.keys(ids);
  if (params.length === 0) return fc.constant(path);
  const record = Object.fromEntries(
    params.map((name) => [name, randomOnly ? idArbitrary([]) : idArbitrary(ids[name] ?? [])]),
  );
  return fc
    .record(record)
    .map((values) =>
      path.replace(/:([a-zA-Z]+)/g, (_match, name: string) => encodeURIComponent(values[name] ?? "x")),
    );
}

/** The keys of an object schema (through refinements, defaults and pipes), to build near-miss bodies. */
function keysOf(schema: z.ZodType | undefined): string[] {
  let current: unknown = schema;
  for (let depth = 0; depth < 10 && current; depth++) {
    if (current instanceof z.ZodObject) return Object.keys(current.shape);
    const def = (current as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    current = def?.in ?? def?.innerType ?? def?.schema;
  }
  return [];
}

const hugeString = fc.constantFrom("x".repeat(200_000), "ü".repeat(300_000), "😀".repeat(60_000));
const oddDates = fc.constantFrom("2026-02-31", "0000-00-00", "9999-12-31", "2026-13-01", "31.12.2026", "");
const fieldValue = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, true, false, [], {}, -1, 0, 2 ** 53, "NaN"),
  oddDates,
  { weight: 1, arbitrary: hugeString },
);
const deepNesting = fc
  .tuple(fc.integer({ min: 50, max: 20_000 }), fc.boolean())
  .map(([depth, asObject]) =>
    asObject ? `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}` : `${"[".repeat(depth)}${"]".repeat(depth)}`,
  );
const invalidUtf8 = fc.constantFrom(
  [0xff],
  [0xc3, 0x28],
  [0xe2, 0x28, 0xa1],
  [0xed, 0xa0, 0x80],
  [0xf0, 0x90, 0x28, 0xbc],
  [0xc0, 0xaf],
);
const encoder = new TextEncoder();

/** Bodies, as raw text or bytes: arbitrary JSON, near misses of the schema, nesting, broken UTF-8, non-JSON. */
function bodyArbitrary(keys: string[]) {
  const nearMiss = fc
    .tuple(
      keys.length > 0
        ? fc.record(Object.fromEntries(keys.map((key) => [key, fieldValue])), { requiredKeys: [] })
        : fc.constant({}),
      fc.dictionary(fc.string({ minLength: 1, maxLength: 20 }), fieldValue, { maxKeys: 2 }),
    )
    .map(([fields, extra]) => JSON.stringify({ ...extra, ...fields }));
  const brokenUtf8 = fc
    .tuple(fc.constantFrom(...(keys.length > 0 ? keys : ["name"])), invalidUtf8, fc.string({ maxLength: 10 }))
    .map(
      ([key, bytes, tail]) =>
        new Uint8Array([
          ...encoder.encode(`{"${key}":"`),
          ...bytes,
          ...encoder.encode(`${tail.replaceAll(/["\\]/g, "")}"}`),
        ]),
    );
  return fc.oneof(
    { weight: 5, arbitrary: nearMiss },
    { weight: 2, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: deepNesting },
    { weight: 2, arbitrary: brokenUtf8 },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  );
}

const decoder = new TextDecoder();
/** What the server's JSON parser would make of the body: `undefined` when it is no JSON at all. */
function parsedBody(body: string | Uint8Array): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(typeof body === "string" ? body : decoder.decode(body)) };
  } catch {
    return undefined;
  }
}

async function send(client: Client, method: string, path: string, body?: string | Uint8Array) {
  const headers: Record<string, string> = { origin: ORIGIN };
  if (client.cookie) headers.cookie = client.cookie;
  if (body !== undefined) headers["content-type"] = "application/json";
  stats.requests++;
  return app.request(path, { method, headers, ...(body !== undefined && { body: body as BodyInit }) });
}

async function expectClientError(response: Response, label: string, allowSuccess = false) {
  const text = await response.text();
  const problem = (why: string) => {
    const message = `${label} → ${response.status} ${text.slice(0, 300)}: ${why}`;
    failures.push(message);
    return new Error(message);
  };
  if (response.status >= 500) throw problem("server error");
  if (allowSuccess && response.status < 300) return;
  if (response.status < 400) throw problem("expected a 4xx");
  if (!/application\/json/.test(response.headers.get("content-type") ?? "")) throw problem("not JSON");
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch {
    throw problem("body is no JSON");
  }
  if (!ErrorEnvelopeSchema.safeParse(envelope).success) throw problem("not the error envelope");
}

const describeRoute = (route: RegisteredRoute) => `${route.method} ${route.path}`;

describe(`bad input on every write route (${lane})`, () => {
  it("finds write and read routes to fuzz", () => {
    expect(writeRoutes.length).toBeGreaterThanOrEqual(10);
    expect(readRoutes.length).toBeGreaterThanOrEqual(5);
  });

  it.each(writeRoutes.map((route) => [describeRoute(route), route] as const))(
    "%s answers arbitrary bodies with a 4xx envelope and changes nothing",
    async (label, route) => {
      stats.routes++;
      const client = clientFor_(route);
      const schema = route.schemas.json as z.ZodType;
      const ids = await realIdsFor(route.path);
      const before = await snapshotTables(db, database.dialect, IGNORED_TABLES);
      await fc.assert(
        fc.asyncProperty(
          pathArbitrary(route.path, ids, false),
          bodyArbitrary(keysOf(schema)),
          async (path, body) => {
            const parsed = parsedBody(body);
            // A body the schema accepts is valid input, not bad input: skip it.
            fc.pre(parsed === undefined || !schema.safeParse(parsed.value).success);
            await expectClientError(await send(client, route.method, path, body), `${label} ${path}`);
          },
        ),
        { numRuns: RUNS, maxSkipsPerRun: 100 },
      );
      const oversized = JSON.stringify({ [keysOf(schema)[0] ?? "x"]: "a".repeat(1_100_000) });
      const tooLarge = await send(client, route.method, route.path.replace(/:[a-zA-Z]+/g, "x"), oversized);
      expect(tooLarge.status, `${label} with a body over 1 MiB`).toBe(413);
      expect((await tooLarge.json()).error.code).toBe("payload_too_large");
      expect(
        await snapshotTables(db, database.dialect, IGNORED_TABLES),
        `${label} changed the database`,
      ).toEqual(before);
    },
    120_000,
  );
});

/** Query strings as pairs, so keys may repeat. */
type Pairs = [string, string][];

const base64url = (value: string) => Buffer.from(value, "utf8").toString("base64url");
const garbageCursor = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.jsonValue({ maxDepth: 2 }).map((value) => base64url(JSON.stringify(value))),
  fc.constantFrom("", "=", "%", "W10", base64url("[]"), base64url("[[1]]"), base64url("{}"), "a".repeat(501)),
);
/** Well-formed cursors (1–5 strings or numbers) that this app never issued: any page or a 4xx is fine. */
const foreignCursor = fc
  .array(
    fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
    {
      minLength: 1,
      maxLength: 5,
    },
  )
  .map((values) => base64url(JSON.stringify(values)));

function isGarbageCursor(cursor: string): boolean {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    return !(
      Array.isArray(parsed) &&
      parsed.length >= 1 &&
      parsed.length <= 5 &&
      parsed.every((value) => typeof value === "string" || typeof value === "number")
    );
  } catch {
    return true;
  }
}

function queryArbitrary(keys: string[]) {
  const known = keys.length > 0 ? fc.constantFrom(...keys) : fc.constant("q");
  const oddValue = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom("abc", "-1", "0", "201", "1.5", "", "NaN", "1e9", " ", "true", "null", "x".repeat(501)),
    fc.string({ unit: "binary", maxLength: 20 }),
  );
  const pair = fc.tuple(fc.oneof(known, fc.string({ minLength: 1, maxLength: 12 })), oddValue);
  return fc.oneof(
    fc.array(pair, { minLength: 1, maxLength: 4 }),
    garbageCursor.map((cursor): Pairs => [["cursor", cursor]]),
    fc
      .tuple(foreignCursor, fc.array(pair, { maxLength: 1 }))
      .map(([cursor, rest]): Pairs => [["cursor", cursor], ...rest]),
    fc.tuple(known, oddValue, oddValue).map(
      ([key, a, b]): Pairs => [
        [key, a],
        [key, b],
      ],
    ),
  );
}

function queryValue(pairs: Pairs): Record<string, string | string[]> {
  const grouped = new Map<string, string[]>();
  for (const [key, value] of new URLSearchParams(pairs))
    grouped.set(key, [...(grouped.get(key) ?? []), value]);
  return Object.fromEntries(
    [...grouped].map(([key, values]) => [key, values.length === 1 ? (values[0] as string) : values]),
  );
}

describe(`malformed queries, cursors and ids on every read route (${lane})`, () => {
  it.each(readRoutes.map((route) => [describeRoute(route), route] as const))(
    "%s answers malformed queries and unknown ids with a 4xx envelope and changes nothing",
    async (label, route) => {
      stats.routes++;
      const client = clientFor_(route);
      const schema = route.schemas.query;
      const ids = await realIdsFor(route.path);
      const before = await snapshotTables(db, database.dialect, IGNORED_TABLES, isReadAudit);
      const hasParams = Object.keys(ids).length > 0;
      await fc.assert(
        fc.asyncProperty(
          // Random ids only: a real id is a valid read (and audited), or a real delete.
          pathArbitrary(route.path, ids, true),
          schema ? queryArbitrary(keysOf(schema)) : fc.constant<Pairs>([]),
          async (path, pairs) => {
            const value = queryValue(pairs);
            const cursor = typeof value.cursor === "string" ? value.cursor : undefined;
            const invalid = schema ? !schema.safeParse(value).success : false;
            const garbage = cursor !== undefined && isGarbageCursor(cursor);
            const mustFail = hasParams || invalid || garbage;
            const plausible = !mustFail && cursor !== undefined;
            fc.pre(mustFail || plausible);
            if (plausible) stats.plausibleCursors++;
            const query = pairs.length > 0 ? `?${new URLSearchParams(pairs)}` : "";
            await expectClientError(
              await send(client, route.method, `${path}${query}`, route.method === "GET" ? undefined : "{}"),
              `${label} ${path}${query}`,
              plausible,
            );
          },
        ),
        { numRuns: RUNS, maxSkipsPerRun: 100 },
      );
      expect(
        await snapshotTables(db, database.dialect, IGNORED_TABLES, isReadAudit),
        `${label} changed the database`,
      ).toEqual(before);
    },
    120_000,
  );
});

/** Files an upload may carry: random bytes, text, broken ZIP archives (an XLSX is one), huge lines. */
const uploadFile = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc.string({ maxLength: 400 }).map((text) => encoder.encode(text)),
  fc.uint8Array({ maxLength: 300 }).map((tail) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail])),
  fc
    .array(fc.array(fc.string({ maxLength: 12 }), { maxLength: 6 }), { maxLength: 6 })
    .map((rows) => encoder.encode(rows.map((row) => row.join(";")).join("\n"))),
  fc.constantFrom(encoder.encode(`Familienname;Vorname\n"${"x".repeat(5000)}`), new Uint8Array(0)),
);
const formField = fc.option(
  fc.oneof(
    fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value)),
    fc.string({ maxLength: 60 }),
    fc.constantFrom('{"2":"update:x"}', '{"0":"create"}', '{"Name":"password"}', '{"a":null}', "[]"),
  ),
  { nil: undefined },
);

describe(`bad uploads on every import route (${lane})`, () => {
  it("has upload routes to fuzz", () => expect(uploadRoutes.length).toBeGreaterThanOrEqual(2));

  it.each(uploadRoutes.map((route) => [describeRoute(route), route] as const))(
    "%s answers arbitrary files, form fields and queries with a 4xx envelope (or a dry-run report) and writes nothing",
    async (label, route) => {
      stats.routes++;
      const client = clientFor_(route);
      const before = await snapshotTables(db, database.dialect, IGNORED_TABLES, isReadAudit);
      const query = fc.oneof(
        fc.constantFrom("", "dryRun=1", "dryRun=1&key=email", "key=externalId", "dryRun=yes", "key=x", "x=1"),
        queryArbitrary(["dryRun", "key"]).map((pairs) => `${new URLSearchParams(pairs)}`),
      );
      await fc.assert(
        fc.asyncProperty(
          uploadFile,
          formField,
          formField,
          query,
          async (file, mapping, decisions, search) => {
            const form = new FormData();
            form.set("file", new File([file as Uint8Array<ArrayBuffer>], "upload.xlsx"));
            if (mapping !== undefined) form.set("mapping", mapping);
            if (decisions !== undefined) form.set("decisions", decisions);
            const headers: Record<string, string> = { origin: ORIGIN };
            if (client.cookie) headers.cookie = client.cookie;
            stats.requests++;
            const path = `${route.path}${search ? `?${search}` : ""}`;
            const response = await app.request(path, { method: route.method, headers, body: form });
            // A file that happens to be a readable sheet answers its report on a dry run; it never writes.
            const dryRun = /(^|&)dryRun=(1|true)(&|$)/.test(search) && !/dryRun=.*dryRun=/.test(search);
            await expectClientError(response, `${label} ${path}`, dryRun);
          },
        ),
        { numRuns: RUNS },
      );
      const oversized = new FormData();
      oversized.set("file", new File([new Uint8Array(11 * 1024 * 1024)], "gross.xlsx"));
      const headers: Record<string, string> = { origin: ORIGIN, cookie: client.cookie ?? "" };
      const tooLarge = await app.request(route.path, { method: route.method, headers, body: oversized });
      expect(tooLarge.status, `${label} with a file over 10 MB`).toBe(413);
      expect((await tooLarge.json()).error.code).toBe("payload_too_large");
      expect(
        await snapshotTables(db, database.dialect, IGNORED_TABLES, isReadAudit),
        `${label} changed the database`,
      ).toEqual(before);
    },
    120_000,
  );
});

describe(`malformed percent-encoding in paths (${lane})`, () => {
  it("answers 400 with the envelope on every route, with or without parameters, and changes nothing", async () => {
    const before = await snapshotTables(db, database.dialect, IGNORED_TABLES);
    const escapes = ["%", "%E0%A4%A", "%zz", "%C0%AF", "%ED%A0%80", "x%"];
    for (const route of routes) {
      for (const broken of escapes) {
        const path = /:/.test(route.path)
          ? route.path.replace(/:[a-zA-Z]+/g, broken)
          : `${route.path}/${broken}`;
        const response = await send(
          clientFor_(route),
          route.method,
          path,
          route.method === "GET" ? undefined : "{}",
        );
        await expectClientError(response, `${route.method} ${path}`);
        expect(response.status, `${route.method} ${path}`).toBe(400);
      }
    }
    expect(await snapshotTables(db, database.dialect, IGNORED_TABLES)).toEqual(before);
  });
});

describe(`NUL characters (${lane})`, () => {
  it("refuses U+0000 in an otherwise valid body, query or id with 422 naming the field (PostgreSQL cannot store it)", async () => {
    const advisor = clients.get("advisor") as Client;
    const before = await snapshotTables(db, database.dialect, IGNORED_TABLES);
    const body = JSON.stringify({
      familyName: "Nul\u0000Byte",
      givenNames: "Rami",
      birthDate: "1994-03-12",
      nationality: "SY",
      district: "lk-hildesheim",
    });
    const created = await send(advisor, "POST", "/api/persons", body);
    expect(created.status).toBe(422);
    expect((await created.json()).error.details).toEqual([
      {
        path: "familyName",
        code: "control_character",
        params: { character: "U+0000" },
        message: "Enthält ein unzulässiges Steuerzeichen (U+0000)",
      },
    ]);
    const search = await send(advisor, "GET", `/api/persons?q=${encodeURIComponent("a\u0000b")}`);
    expect(search.status).toBe(422);
    const detail = await send(advisor, "GET", `/api/persons/${encodeURIComponent("x\u0000")}`);
    expect(detail.status).toBe(422);
    expect(await snapshotTables(db, database.dialect, IGNORED_TABLES)).toEqual(before);
  });
});
