import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CENTRE_COLUMN_TABLES } from "#server/db/scope-guard.ts";

const root = path.resolve(import.meta.dirname, "../..");
const serverFiles = (fs.readdirSync(path.join(root, "server"), { recursive: true }) as string[])
  .filter((file) => file.endsWith(".ts"))
  .map((file) => path.join("server", file).split(path.sep).join("/"));

/** The scope's own files and the seed may name centre tables directly; so may the allow-listed cross-centre files. */
const scopeFiles = new Set(["server/db/centre-scope.ts", "server/db/scoped.ts"]);
const isCrossCentreFile = (file: string) => file.endsWith(".cross-centre.ts");
const mayQueryRaw = (file: string) =>
  scopeFiles.has(file) || file.startsWith("server/seed/") || isCrossCentreFile(file);

/** audit_log and programmes have a nullable centre: their own rules (audit reads, the regional catalogue) apply. */
const strictTables = [...CENTRE_COLUMN_TABLES].filter(
  (table) => table !== "audit_log" && table !== "programmes",
);
const rawCentreQuery = new RegExp(
  String.raw`(\w+)\s*\.\s*(selectFrom|updateTable|deleteFrom|insertInto)\(\s*["'\`](${strictTables.join("|")})(\s+as\s+\w+)?["'\`]`,
  "g",
);

function rawQueriesIn(file: string): string[] {
  const source = fs.readFileSync(path.join(root, file), "utf8");
  return [...source.matchAll(rawCentreQuery)]
    .filter((match) => match[1] !== "scope" && match[1] !== "tx")
    .map((match) => `${file}: ${match[0].replace(/\s+/g, " ")}`);
}

describe("centre tables in the server's sources", () => {
  it("finds the server's files and would notice a raw query", () => {
    expect(serverFiles.length).toBeGreaterThan(50);
    expect('db.selectFrom("persons")'.match(rawCentreQuery)).not.toBeNull();
    expect('db\n    .updateTable("offers")'.match(rawCentreQuery)).not.toBeNull();
    expect('scope.selectFrom("agencies")'.match(rawCentreQuery)).toBeNull();
  });

  it("are queried only through a centre scope outside the scope files, the seed and *.cross-centre.ts", () => {
    const offending = serverFiles.filter((file) => !mayQueryRaw(file)).flatMap(rawQueriesIn);
    expect(offending).toEqual([]);
  });

  it("cross centres only from files whose names say so", () => {
    const callers = serverFiles.filter(
      (file) =>
        file !== "server/db/cross-centre.ts" &&
        /\bcrossCentre\(\s*\w/.test(fs.readFileSync(path.join(root, file), "utf8")),
    );
    expect(callers.length).toBeGreaterThan(0);
    expect(callers.filter((file) => !isCrossCentreFile(file))).toEqual([]);
  });
});
