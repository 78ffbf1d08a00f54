import type { Role } from "./roles.ts";

export const actions = [
  "read",
  "create",
  "update",
  "delete",
  "manage",
  "export",
  "anonymise",
  "merge",
] as const;
export type Action = (typeof actions)[number];

export const entities = [
  "user",
  "centre",
  "company",
  "audit",
  "person",
  "case",
  "task",
  "language",
  "stats",
  "inquiry",
  "offer",
  "placement",
  "programme",
  "enrolment",
  "agency",
  "candidate",
  "staff_request",
  "retention",
  "document",
  "appointment",
  "transfer",
  "mail",
] as const;
export type Entity = (typeof entities)[number];

/** `own` = the signed-in user's centre (or company, for employers); `any` = every centre. */
export type Scope = "own" | "any";
export type Permission = `${Action}:${Entity}`;
export type ScopedPermission = `${Permission}:${Scope}`;

export const rolePermissions: Record<Role, readonly ScopedPermission[]> = {
  admin: [
    "read:user:own",
    "create:user:own",
    "update:user:own",
    "read:centre:any",
    "manage:centre:any",
    "read:company:own",
    "read:audit:own",
    "read:stats:any",
    "read:programme:any",
    "create:programme:own",
    "update:programme:own",
    "read:agency:any",
    "read:staff_request:own",
    "update:staff_request:own",
    "read:retention:own",
    "update:retention:own",
    "read:mail:own",
  ],
  advisor: [
    "read:centre:any",
    "read:company:own",
    "read:person:own",
    "create:person:own",
    "update:person:own",
    "export:person:own",
    "anonymise:person:own",
    "merge:person:own",
    "read:case:own",
    "create:case:own",
    "update:case:own",
    "export:case:own",
    "read:task:own",
    "create:task:own",
    "update:task:own",
    "read:language:own",
    "create:language:own",
    "update:language:own",
    "delete:language:own",
    "read:stats:own",
    "create:company:own",
    "update:company:own",
    "read:inquiry:own",
    "create:inquiry:own",
    "update:inquiry:own",
    "read:offer:any",
    "create:offer:own",
    "update:offer:own",
    "read:placement:own",
    "create:placement:own",
    "update:placement:own",
    "read:programme:any",
    "create:programme:own",
    "update:programme:own",
    "read:enrolment:own",
    "create:enrolment:own",
    "update:enrolment:own",
    "read:agency:any",
    "create:agency:any",
    "update:agency:any",
    "read:document:own",
    "create:document:own",
    "update:document:own",
    "delete:document:own",
    "read:appointment:own",
    "create:appointment:own",
    "update:appointment:own",
    "read:transfer:own",
    "create:transfer:own",
    "update:transfer:own",
    "create:mail:own",
  ],
  manager: [
    "read:centre:any",
    "read:stats:any",
    "read:programme:any",
    "read:staff_request:own",
    "update:staff_request:own",
  ],
  /** `own` for employers = their company (users.company_id). */
  employer: [
    "read:company:own",
    "update:company:own",
    "read:inquiry:own",
    "create:inquiry:own",
    "read:offer:own",
    "create:offer:own",
    "update:offer:own",
    "read:candidate:own",
    "update:candidate:own",
    "read:programme:any",
  ],
};

export function scopeOf(role: Role, permission: Permission): Scope | null {
  const granted = rolePermissions[role];
  if (granted.includes(`${permission}:any`)) return "any";
  if (granted.includes(`${permission}:own`)) return "own";
  return null;
}

export function can(role: Role, permission: Permission): boolean {
  return scopeOf(role, permission) !== null;
}

/**
 * What `own` covers for a role: the signed-in user's centre, or — for employers — their company
 * (users.company_id). Services ask this instead of comparing role names.
 */
export type OwnUnit = "centre" | "company";
export const ownUnitOf: Record<Role, OwnUnit> = {
  admin: "centre",
  advisor: "centre",
  manager: "centre",
  employer: "company",
};

/** True when the role's `own` is one company: the actor sees and writes that company's records only. */
export const actsForCompany = (role: string | null): boolean =>
  role !== null && ownUnitOf[role as Role] === "company";

/**
 * Roles that read person data or grant access to it (admins, advisors): granting one waits for a
 * second person, and signing in as one asks for the second factor unless the centre switched it off.
 */
export const personDataRoles: readonly Role[] = ["admin", "advisor"];
export const handlesPersonData = (role: string): boolean =>
  (personDataRoles as readonly string[]).includes(role);
