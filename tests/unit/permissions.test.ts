import { describe, expect, it } from "vitest";
import { can, rolePermissions, scopeOf } from "../../shared/auth/permissions.ts";

describe("permission map", () => {
  it("lets admins manage the users and read the audit log of their own centre", () => {
    expect(scopeOf("admin", "create:user")).toBe("own");
    expect(scopeOf("admin", "read:audit")).toBe("own");
    expect(scopeOf("admin", "manage:centre")).toBe("any");
  });

  it("keeps user administration and the audit log from every other role", () => {
    for (const role of ["advisor", "manager", "employer"] as const) {
      expect(can(role, "read:user")).toBe(false);
      expect(can(role, "create:user")).toBe(false);
      expect(can(role, "read:audit")).toBe(false);
    }
  });

  it("gives employers only their company's data: profile, inquiries, offers, candidates", () => {
    for (const permission of rolePermissions.employer)
      expect(permission.endsWith(":own") || permission === "read:programme:any").toBe(true);
    for (const entity of ["person", "case", "task", "enrolment", "agency", "audit", "user"] as const)
      for (const action of ["read", "create", "update"] as const)
        expect(can("employer", `${action}:${entity}`)).toBe(false);
    expect(scopeOf("employer", "update:candidate")).toBe("own");
    expect(can("employer", "read:placement")).toBe(false);
    expect(can("advisor", "read:candidate")).toBe(false);
  });
});
