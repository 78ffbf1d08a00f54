import { describe, expect, it } from "vitest";
import {
  type Action,
  actions,
  can,
  type Entity,
  entities,
  rolePermissions,
  scopeOf,
} from "#shared/auth/permissions.ts";
import { type Role, roles } from "#shared/auth/roles.ts";

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

/** What each role may do, per entity, as the product brief's role table describes it. */
const grants: Record<Role, Partial<Record<Entity, Partial<Record<Action, "own" | "any">>>>> = {
  admin: {
    user: { read: "own", create: "own", update: "own" },
    centre: { read: "any", manage: "any" },
    company: { read: "own" },
    audit: { read: "own" },
    stats: { read: "any" },
    programme: { read: "any", create: "own", update: "own" },
    agency: { read: "any" },
    // Issue 12: granting staff roles and second-factor resets wait for a second admin or a manager.
    staff_request: { read: "own", update: "own" },
    // Issue 14: the centre's admin sees who is due for anonymisation, sets the years and postpones.
    retention: { read: "own", update: "own" },
    // Issue 18: the centre's admin reads the mail outbox (what was sent or held without SMTP).
    mail: { read: "own" },
  },
  advisor: {
    centre: { read: "any" },
    company: { read: "own", create: "own", update: "own" },
    // Issue 16: merging two persons of the centre (irreversible, so a grant of its own).
    person: { read: "own", create: "own", update: "own", export: "own", anonymise: "own", merge: "own" },
    case: { read: "own", create: "own", update: "own", export: "own" },
    task: { read: "own", create: "own", update: "own" },
    language: { read: "own", create: "own", update: "own", delete: "own" },
    stats: { read: "own" },
    inquiry: { read: "own", create: "own", update: "own" },
    offer: { read: "any", create: "own", update: "own" },
    placement: { read: "own", create: "own", update: "own" },
    programme: { read: "any", create: "own", update: "own" },
    enrolment: { read: "own", create: "own", update: "own" },
    agency: { read: "any", create: "any", update: "any" },
    appointment: { read: "own", create: "own", update: "own" },
    document: { read: "own", create: "own", update: "own", delete: "own" },
    transfer: { read: "own", create: "own", update: "own" },
    // Issue 18: an appointment confirmation to the person, with consent.
    mail: { create: "own" },
  },
  manager: {
    centre: { read: "any" },
    stats: { read: "any" },
    programme: { read: "any" },
    staff_request: { read: "own", update: "own" },
  },
  employer: {
    company: { read: "own", update: "own" },
    inquiry: { read: "own", create: "own" },
    offer: { read: "own", create: "own", update: "own" },
    candidate: { read: "own", update: "own" },
    programme: { read: "any" },
  },
};

describe("the permission table", () => {
  it.each(roles)("grants %s exactly the brief's permissions, in the brief's scope", (role) => {
    for (const entity of entities)
      for (const action of actions) {
        const expected = grants[role][entity]?.[action] ?? null;
        expect(scopeOf(role, `${action}:${entity}`), `${role} ${action}:${entity}`).toBe(expected);
        expect(can(role, `${action}:${entity}`)).toBe(expected !== null);
      }
  });
});
