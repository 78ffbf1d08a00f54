import { sql } from "kysely";
import { expect } from "vitest";
import type { Db } from "#server/db/database.ts";
import { newId } from "#server/lib/ids.ts";
import { nowIso } from "#server/lib/time.ts";
import { samplePdf, samplePng, uploadFile } from "../factories/documents.ts";
import { createCompany, createTwoCentres, createUser, TEST_PASSWORD } from "../factories/index.ts";
import { createCaseFile } from "../factories/records.ts";
import { type Client, clientFor, signIn } from "../setup/http.ts";
import { apiRoutes } from "../setup/routes.ts";
import { ORIGIN, type TestApp } from "../setup/test-app.ts";
import {
  type Caller,
  type MatrixRole,
  type MatrixRow,
  matrix,
  matrixRoles,
  type Target,
} from "./authorization-matrix.ts";

let imageSerial = 0;

export type Side = "own" | "other" | "otherCompany";
const PLACEHOLDER_ID = "01000000-0000-7000-8000-000000000000";

/**
 * Two centres with a user of every role, and fresh records per request: what the authorization matrix and the
 * suites that walk its rows (read audit coverage) send their requests with.
 */
export async function createMatrixCast(app: TestApp, db: Db) {
  const cast = await createTwoCentres(db);
  const sessions = new Map<MatrixRole, Client>();
  for (const role of matrixRoles) {
    sessions.set(
      role,
      role === "anonymous" ? clientFor(app) : await signIn(app, cast.own[role].email, TEST_PASSWORD),
    );
  }
  const advisors = new Map<string, Client>([
    [cast.own.centre.id, sessions.get("advisor") as Client],
    [cast.other.centre.id, await signIn(app, cast.other.advisor.email, TEST_PASSWORD)],
  ]);

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
    const requester = await createUser(db, { role: "admin", centreId: centre.centre.id });
    const staffRequestId = newId();
    await db
      .insertInto("staff_requests")
      .values({
        id: staffRequestId,
        centre_id: centre.centre.id,
        kind: "second_factor_reset",
        user_id: user.id,
        role: null,
        status: "pending",
        requested_by: requester.id,
        requested_at: nowIso(),
        decided_by: null,
        decided_at: null,
      })
      .execute();
    return {
      ...file,
      centreId: centre.centre.id,
      peerCentreId: (side === "other" ? cast.own : cast.other).centre.id,
      companyId,
      userId: user.id,
      staffRequestId,
      settleStaffRequests: async (userId) => {
        await db
          .updateTable("staff_requests")
          .set({ status: "refused" })
          .where("user_id", "=", userId)
          .execute();
      },
      versionOf,
      createDocument: async (options = {}) => {
        const response = await uploadFile(
          app,
          advisor,
          file.personId,
          options.image
            ? { bytes: samplePng(8 + (++imageSerial % 64), 6), name: "matrix.png" }
            : { bytes: samplePdf([`Matrix ${newId()}`]), name: "matrix.pdf" },
        );
        expect(response.status, `setup upload: ${await response.clone().text()}`).toBe(201);
        return ((await response.json()) as { document: { id: string } }).document.id;
      },
      createImportRun: async () => {
        const form = new FormData();
        const csv = `Unternehmen;Landkreis\nMatrix Import ${newId()} GmbH;Hildesheim\n`;
        form.set("file", new File([csv], "matrix.csv", { type: "text/csv" }));
        const response = await app.request("/api/imports/companies?key=name", {
          method: "POST",
          headers: { origin: ORIGIN, cookie: advisor.cookie ?? "" },
          body: form,
        });
        expect(response.status, `setup import: ${await response.clone().text()}`).toBe(201);
        return ((await response.json()) as { importId: string }).importId;
      },
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

  /**
   * Sends the row's request as the role, against fresh records of the side's centre when `build` is set
   * (refusals come before any validation: placeholder ids and an empty body suffice for them).
   */
  async function send(
    row: MatrixRow,
    role: MatrixRole,
    side: Side,
    options: { build: boolean; headers?: Record<string, string> },
  ) {
    const { client, caller } = row.freshSession
      ? await freshCaller(role)
      : {
          client: sessions.get(role) as Client,
          caller: { role, email: role === "anonymous" ? "" : cast.own[role].email },
        };
    const target = row.request && options.build ? await freshTarget(side) : undefined;
    const built = row.request && target ? await row.request(target, caller) : {};
    const path = row.path.replace(
      /:([a-zA-Z]+)/g,
      (_match, name: string) => built.params?.[name] ?? PLACEHOLDER_ID,
    );
    const url = built.query ? `${path}?${built.query}` : path;
    const headers: Record<string, string> = { origin: ORIGIN, ...options.headers };
    if (client.cookie) headers.cookie = client.cookie;
    if (row.method !== "GET" && !built.form) headers["content-type"] = "application/json";
    const response = await app.request(url, {
      method: row.method,
      headers,
      ...(row.method !== "GET" && { body: built.form ?? JSON.stringify(built.body ?? {}) }),
    });
    return { response, url, target };
  }

  return { cast, sessions, freshTarget, send };
}

/** The matrix rows of routes the app has, labelled `METHOD /api/path`, for `it.each`. */
export function labelledRowsOf(app: TestApp): (readonly [string, MatrixRow])[] {
  const existing = new Set(apiRoutes(app).map((route) => `${route.method} ${route.path}`));
  return matrix
    .filter((row) => existing.has(`${row.method} ${row.path}`))
    .map((row) => [`${row.method} ${row.path}`, row] as const);
}
