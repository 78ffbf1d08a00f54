import type { Role } from "./roles.ts";

export const actions = ["read", "create", "update", "delete", "manage"] as const;
export type Action = (typeof actions)[number];

export const entities = ["user", "centre", "company", "audit", "person", "case", "task"] as const;
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
  ],
  advisor: [
    "read:centre:any",
    "read:company:own",
    "read:person:own",
    "create:person:own",
    "update:person:own",
    "read:case:own",
    "create:case:own",
    "update:case:own",
    "read:task:own",
    "create:task:own",
    "update:task:own",
  ],
  manager: ["read:centre:any"],
  employer: [],
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
