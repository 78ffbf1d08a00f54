import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * "permit" means authorization only; the residence permit is `residencePermit` in code (decision 0053).
 * Outside clients and the database keep the older names below, so they stay allowed as identifiers.
 */
const root = path.resolve(import.meta.dirname, "../..");
const codeDirs = ["server", "shared", "client/src"];
const codeFiles = codeDirs.flatMap((dir) =>
  (fs.readdirSync(path.join(root, dir), { recursive: true }) as string[])
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => path.join(dir, file).split(path.sep).join("/")),
);

/** Wire fields, query parameters, the stats figure, DB columns and stored codes that keep "permit". */
const wireNames = new Set([
  "permitType",
  "permitExpiresOn",
  "permitExpiring",
  "permitExpired",
  "permitExpiringWithin",
  "expiringPermits",
  "permits",
  "permit_type",
  "permit_expires_on",
  "permit_type_required",
  "permit_issue",
  "residence_permit",
]);

const isResidencePermitName = (name: string) =>
  /^(residencePermit|ResidencePermit|RESIDENCE_PERMIT)/.test(name);
const isWordInsideName = (name: string) => /[A-Za-z]ResidencePermit/.test(name);

/** Comments and string contents say what they like; identifiers are what this checks. */
function codeOnly(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:\\])\/\/.*$/gm, "$1")
    .replace(/"(?:[^"\\\n]|\\.)*"/g, '""')
    .replace(/'(?:[^'\\\n]|\\.)*'/g, "''")
    .replace(/`(?:[^`\\$]|\\.|\$(?!\{))*`/g, "``")
    .replace(/`(?:[^`\\$]|\\.|\$(?!\{))*\$\{/g, "`${")
    .replace(/\}(?:[^`\\$]|\\.|\$(?!\{))*`/g, "}`");
}

function offendingNames(file: string, source: string): string[] {
  const code = codeOnly(source);
  const found = new Set<string>();
  for (const match of code.matchAll(/\b[A-Za-z_$][\w$]*\b/g)) {
    const name = match[0];
    if (!/permit/i.test(name)) continue;
    if (wireNames.has(name) || isResidencePermitName(name) || isWordInsideName(name)) continue;
    // The authorization: `permit(...)`, its import and its definition.
    if (name === "permit") {
      const after = code.slice((match.index ?? 0) + name.length);
      const before = code.slice(Math.max(0, (match.index ?? 0) - 80), match.index);
      if (/^\s*\(/.test(after) || /import\s*(type\s*)?\{[^}]*$/.test(before)) continue;
    }
    found.add(`${file}: ${name}`);
  }
  return [...found];
}

describe("the word permit in the code", () => {
  it("reads the code and would notice a residence permit under the old word", () => {
    expect(codeFiles.length).toBeGreaterThan(200);
    expect(offendingNames("x.ts", "export type PermitType = string;")).toEqual(["x.ts: PermitType"]);
    expect(offendingNames("x.ts", "const permit = person.permit_type;")).toEqual(["x.ts: permit"]);
    expect(offendingNames("x.ts", "sweepExpiringPermits(db)")).toEqual(["x.ts: sweepExpiringPermits"]);
    expect(
      offendingNames("x.ts", 'import { permit } from "./permissions.ts";\n.get("/", permit("read:x"))'),
    ).toEqual([]);
    expect(offendingNames("x.ts", 'const t = "expiring permits"; // permits\nrow.permitType')).toEqual([]);
    expect(
      offendingNames("x.ts", "const residencePermitTypes = [];\nsweepExpiringResidencePermits()"),
    ).toEqual([]);
  });

  it("means authorization only: residence-permit names say residencePermit, beside the listed wire names", () => {
    const offending = codeFiles.flatMap((file) =>
      offendingNames(file, fs.readFileSync(path.join(root, file), "utf8")),
    );
    expect(offending).toEqual([]);
  });

  it("names the files about the residence permit so too", () => {
    const files = codeFiles.filter((file) => /permit/i.test(path.basename(file)));
    expect(files.filter((file) => !/residence-permit/.test(path.basename(file)))).toEqual([]);
  });
});
