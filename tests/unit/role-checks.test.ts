import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { actsForCompany, can, handlesPersonData, rolePermissions } from "#shared/auth/permissions.ts";
import { roles } from "#shared/auth/roles.ts";

const root = path.resolve(import.meta.dirname, "../..");
const moduleFiles = (fs.readdirSync(path.join(root, "server/modules"), { recursive: true }) as string[])
  .filter((file) => file.endsWith(".ts"))
  .map((file) => path.join("server/modules", file).split(path.sep).join("/"));

/** A module may keep role rules in a file named for them; everywhere else the permission model decides. */
const isPermissionsFile = (file: string) => /(^|[./])permissions\.ts$/.test(file);

const roleName = `(["'\`])(?:${roles.join("|")})\\1`;
const roleComparisons = [
  new RegExp(String.raw`[!=]==?\s*${roleName}`),
  new RegExp(String.raw`${roleName}\s*[!=]==?`),
  new RegExp(String.raw`\[[^\]]*${roleName}[^\]]*\]\s*\.\s*includes\(`),
  new RegExp(String.raw`\bcase\s+${roleName}\s*:`),
  /\broles?\s*\.\s*includes\(/,
];

const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");

function roleChecksIn(file: string): string[] {
  const lines = withoutComments(fs.readFileSync(path.join(root, file), "utf8")).split("\n");
  return lines.flatMap((line, index) =>
    roleComparisons.some((pattern) => pattern.test(line)) ? [`${file}:${index + 1}: ${line.trim()}`] : [],
  );
}

describe("role names in the server's modules", () => {
  it("finds the modules' files and would notice a role-name check", () => {
    expect(moduleFiles.length).toBeGreaterThan(50);
    const caught = (line: string) => roleComparisons.some((pattern) => pattern.test(line));
    expect(caught('if (ctx.actor.role !== "advisor") throw forbidden();')).toBe(true);
    expect(caught('const isEmployer = actor.role === "employer";')).toBe(true);
    expect(caught('["advisor", "admin"].includes(context.actor.role)')).toBe(true);
    expect(caught('(role === "admin" || role === "advisor")')).toBe(true);
    expect(caught('case "manager":')).toBe(true);
    expect(caught('.where("users.role", "=", "employer")')).toBe(false);
    expect(caught('allowedStagesFor(stage, "employer")')).toBe(false);
    expect(isPermissionsFile("server/modules/offers/offer.permissions.ts")).toBe(true);
    expect(isPermissionsFile("server/modules/offers/offers.service.ts")).toBe(false);
  });

  it("are never compared outside a permissions file: services and routes ask the permission model", () => {
    const offending = moduleFiles.filter((file) => !isPermissionsFile(file)).flatMap(roleChecksIn);
    expect(offending).toEqual([]);
  });

  it("route handlers hand services one shape, the ActorContext (no bare Actor from actorOf)", () => {
    const offending = moduleFiles
      .filter((file) => file.endsWith(".routes.ts"))
      .filter((file) => /\bactorOf\(/.test(fs.readFileSync(path.join(root, file), "utf8")));
    expect(offending).toEqual([]);
  });
});

describe("the predicates that replaced the role-name checks", () => {
  it("keep placements for advisors and candidates for employers, as the removed route checks did", () => {
    for (const role of roles) {
      for (const action of ["read", "create", "update"] as const)
        expect(can(role, `${action}:placement`)).toBe(role === "advisor");
      for (const action of ["read", "update"] as const)
        expect(can(role, `${action}:candidate`)).toBe(role === "employer");
    }
  });

  it("say an employer's `own` is their company and everyone else's their centre", () => {
    expect(roles.filter((role) => actsForCompany(role))).toEqual(["employer"]);
    expect(actsForCompany(null)).toBe(false);
    expect(actsForCompany("someone")).toBe(false);
  });

  it("name admins and advisors as the roles handling person data (second factor, four-eyes grant)", () => {
    expect(roles.filter((role) => handlesPersonData(role))).toEqual(["admin", "advisor"]);
    expect(handlesPersonData("someone")).toBe(false);
  });

  it("give programme edits to admins and advisors and enrolment counts to advisors, as before", () => {
    expect(roles.filter((role) => can(role, "update:programme"))).toEqual(["admin", "advisor"]);
    expect(roles.filter((role) => can(role, "read:enrolment"))).toEqual(["advisor"]);
    expect(roles.filter((role) => can(role, "update:inquiry"))).toEqual(["advisor"]);
    expect(Object.keys(rolePermissions).sort()).toEqual([...roles].sort());
  });
});
