import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { ErrorEnvelopeSchema } from "../../shared/api/errors.ts";
import { createCompany, createTwoCentres, createUser, TEST_PASSWORD } from "../factories/index.ts";
import { createCaseFile } from "../factories/records.ts";
import { type Client, clientFor, signIn } from "../setup/http.ts";
import { apiRoutes } from "../setup/routes.ts";
import { ORIGIN, setupTestApp } from "../setup/test-app.ts";
import {
  type Caller,
  type MatrixRole,
  type MatrixRow,
  matrix,
  matrixRoles,
  type Target,
} from "./authorization-matrix.ts";

const { app, db } = await setupTestApp();
const lane = process.env.TEST_DB ?? "sqlite";
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
const sessions = new Map<MatrixRole, Client>();
const advisors = new Map<string, Client>();

beforeAll(async () => {
  cast = await createTwoCentres(db);
  for (const role of matrixRoles) {
    sessions.set(
      role,
      role === "anonymous" ? clientFor(app) : await signIn(app, cast.own[role].email, TEST_PASSWORD),
    );
  }
  advisors.set(cast.own.centre.id, sessions.get("advisor") as Client);
  advisors.set(cast.other.centre.id, await signIn(app, cast.other.advisor.email, TEST_PASSWORD));
}, 60_000);

type Side = "own" | "other" | "otherCompany";
const PLACEHOLDER_ID = "01000000-0000-7000-8000-000000000000";

async function versionOf(table: string, id: string): Promise<number> {
  const { rows } = await sql<{
    version: number;
  }>`select version from ${sql.table(table)} where id = ${id}`.execute(db);
  return Number(rows[0]?.version);
}

/** Fresh records in the centre the side names, made by an advisor of that centre. */
async function freshTarget(side: Side): Promise<Target> {
  const centre = side === "other" ? cast.other : cast.own;
  const advisor = advisors.get(centre.centre.id) as Client;
  const file = await createCaseFile(db, advisor, centre.centre.id);
  const companyId =
    side === "own"
      ? cast.own.company.id
      : side === "other"
        ? cast.other.company.id
        : (await createCompany(db, cast.own.centre.id)).id;
  const user = await createUser(db, { role: "advisor", centreId: centre.centre.id });
  return {
    ...file,
    centreId: centre.centre.id,
    companyId,
    userId: user.id,
    versionOf,
    create: async (path, body) => {
      const response = await advisor.post(path, body);
      expect(response.ok, `setup POST ${path}: ${response.status} ${await response.clone().text()}`).toBe(
        true,
      );
      return response.json();
    },
  };
}

/** A session of its own for rows that end or change it (sign-out, own password, sign-in). */
async function freshCaller(role: MatrixRole): Promise<{ client: Client; caller: Caller }> {
  const user = await createUser(db, {
    role: role === "anonymous" ? "advisor" : role,
    centreId: cast.own.centre.id,
    ...(role === "employer" && { companyId: cast.own.company.id }),
  });
  const client = role === "anonymous" ? clientFor(app) : await signIn(app, user.email, TEST_PASSWORD);
  return { client, caller: { role, email: user.email } };
}

function expectedStatus(row: MatrixRow, role: MatrixRole, side: Side): number {
  if (side === "other") return row.other?.[role] ?? row.own[role];
  if (side === "otherCompany") return row.otherCompany?.[role] ?? row.own[role];
  return row.own[role];
}

function sidesOf(row: MatrixRow, role: MatrixRole): Side[] {
  const sides: Side[] = ["own"];
  if (row.other || row.path.includes(":")) sides.push("other");
  if (row.otherCompany && role === "employer") sides.push("otherCompany");
  return sides;
}

async function runCell(row: MatrixRow, role: MatrixRole, side: Side) {
  const expected = expectedStatus(row, role, side);
  const { client, caller } = row.freshSession
    ? await freshCaller(role)
    : {
        client: sessions.get(role) as Client,
        caller: { role, email: role === "anonymous" ? "" : cast.own[role].email },
      };
  // Refusals (401, 403) come before any validation: placeholder ids and an empty body suffice.
  const refused = expected === 401 || expected === 403;
  const built = row.request && !refused ? await row.request(await freshTarget(side), caller) : {};
  const path = row.path.replace(
    /:([a-zA-Z]+)/g,
    (_match, name: string) => built.params?.[name] ?? PLACEHOLDER_ID,
  );
  const url = built.query ? `${path}?${built.query}` : path;
  const headers: Record<string, string> = { origin: ORIGIN };
  if (client.cookie) headers.cookie = client.cookie;
  if (row.method !== "GET") headers["content-type"] = "application/json";
  const response = await app.request(url, {
    method: row.method,
    headers,
    ...(row.method !== "GET" && { body: JSON.stringify(built.body ?? {}) }),
  });
  const text = await response.text();
  if (response.status >= 400) {
    // Every refusal is the error envelope.
    expect(ErrorEnvelopeSchema.safeParse(JSON.parse(text)).success, `${row.method} ${url}: ${text}`).toBe(
      true,
    );
  }
  return response.status === expected
    ? null
    : `${row.method} ${row.path} as ${role} (${side}): expected ${expected}, got ${response.status} ${text.slice(0, 200)}`;
}

describe(`authorization matrix (${lane})`, () => {
  it("has exactly one row for every API route of the app", () => {
    const declared = new Set(matrix.map((row) => `${row.method} ${row.path}`));
    const missing = apiRoutes(app)
      .map((route) => `${route.method} ${route.path}`)
      .filter((route) => !declared.has(route));
    expect(
      missing,
      `routes without a row in tests/api/authorization-matrix.ts:\n${missing.join("\n")}`,
    ).toEqual([]);
    const seen = new Set<string>();
    const twice = matrix
      .map((row) => `${row.method} ${row.path}`)
      .filter((key) => seen.has(key) || !seen.add(key));
    expect(twice, "routes with more than one row").toEqual([]);
  });

  const existing = new Set(apiRoutes(app).map((route) => `${route.method} ${route.path}`));
  const stale = matrix.filter((row) => !existing.has(`${row.method} ${row.path}`));
  it("has no row for a route the app does not have", () => {
    expect(stale.map((row) => `${row.method} ${row.path}`)).toEqual([]);
  });

  it.each(
    matrix
      .filter((row) => existing.has(`${row.method} ${row.path}`))
      .map((row) => [`${row.method} ${row.path}`, row] as const),
  )(
    "%s answers every role as declared",
    async (_label, row) => {
      const mismatches: string[] = [];
      for (const role of matrixRoles) {
        for (const side of sidesOf(row, role)) {
          const mismatch = await runCell(row, role, side);
          if (mismatch) mismatches.push(mismatch);
        }
      }
      expect(mismatches).toEqual([]);
    },
    60_000,
  );
});
