import { matchPath } from "react-router";
import { can } from "../../../shared/auth/permissions.ts";
import type { Role } from "../../../shared/auth/roles.ts";

type AccessRule = { path: string; allowed: (role: Role) => boolean };

export const accessRules: readonly AccessRule[] = [
  { path: "/", allowed: (role) => role === "advisor" },
  { path: "/persons", allowed: (role) => role === "advisor" },
  { path: "/persons/new", allowed: (role) => role === "advisor" },
  { path: "/persons/:id", allowed: (role) => role === "advisor" },
  { path: "/cases", allowed: (role) => role === "advisor" },
  { path: "/cases/:id", allowed: (role) => role === "advisor" },
  { path: "/statistics", allowed: (role) => role === "manager" },
  { path: "/offers", allowed: (role) => role === "employer" },
  { path: "/admin/users", allowed: (role) => can(role, "read:user") },
  { path: "/admin/users/new", allowed: (role) => can(role, "create:user") },
  { path: "/admin/centres", allowed: (role) => can(role, "manage:centre") },
  { path: "/admin/audit", allowed: (role) => can(role, "read:audit") },
];

export function canVisit(role: Role, pathname: string): boolean {
  const rule = accessRules.find(({ path }) => matchPath({ path, end: true }, pathname));
  return rule ? rule.allowed(role) : true;
}
