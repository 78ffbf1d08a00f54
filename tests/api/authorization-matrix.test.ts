import { beforeAll, describe, expect, it } from "vitest";
import { ErrorEnvelopeSchema } from "#shared/api/errors.ts";
import { apiRoutes } from "../setup/routes.ts";
import { setupTestApp } from "../setup/test-app.ts";
import { type MatrixRole, type MatrixRow, matrix, matrixRoles } from "./authorization-matrix.ts";
import { createMatrixCast, labelledRowsOf, type Side } from "./matrix-cast.ts";

const { app, db } = await setupTestApp();
const lane = process.env.TEST_DB ?? "sqlite";
let matrixCast: Awaited<ReturnType<typeof createMatrixCast>>;

beforeAll(async () => {
  matrixCast = await createMatrixCast(app, db);
}, 60_000);

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
  const refused = expected === 401 || expected === 403;
  const { response, url } = await matrixCast.send(row, role, side, { build: !refused });
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

  it.each(labelledRowsOf(app))(
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
