import { matchPath } from "react-router";
import { can } from "#shared/auth/permissions.ts";
import type { Role } from "#shared/auth/roles.ts";

type AccessRule = { path: string; allowed: (role: Role) => boolean };

export const accessRules: readonly AccessRule[] = [
  { path: "/", allowed: (role) => role === "advisor" },
  { path: "/persons", allowed: (role) => role === "advisor" },
  { path: "/appointments", allowed: (role) => can(role, "read:appointment") },
  { path: "/transfers", allowed: (role) => can(role, "read:transfer") },
  { path: "/persons/new", allowed: (role) => role === "advisor" },
  { path: "/persons/:id", allowed: (role) => role === "advisor" },
  { path: "/persons/:id/export", allowed: (role) => can(role, "export:person") },
  { path: "/language-sessions/new", allowed: (role) => can(role, "create:language") },
  { path: "/cases", allowed: (role) => role === "advisor" },
  { path: "/cases/:id", allowed: (role) => role === "advisor" },
  { path: "/statistics", allowed: (role) => can(role, "read:stats") },
  { path: "/companies", allowed: (role) => role === "advisor" },
  { path: "/companies/new", allowed: (role) => role === "advisor" },
  { path: "/companies/:id", allowed: (role) => role === "advisor" },
  { path: "/offers", allowed: (role) => role === "advisor" },
  { path: "/offers/new", allowed: (role) => role === "advisor" },
  { path: "/offers/:id", allowed: (role) => role === "advisor" },
  { path: "/offers/:id/edit", allowed: (role) => role === "advisor" },
  { path: "/programmes", allowed: (role) => can(role, "create:programme") },
  { path: "/programmes/:id/esf-gaps", allowed: (role) => can(role, "read:enrolment") },
  { path: "/enrolments/:id/esf", allowed: (role) => can(role, "update:enrolment") },
  { path: "/agencies", allowed: (role) => role === "advisor" },
  { path: "/imports", allowed: (role) => can(role, "create:person") },
  { path: "/portal/offers", allowed: (role) => role === "employer" },
  { path: "/portal/offers/new", allowed: (role) => role === "employer" },
  { path: "/portal/offers/:id", allowed: (role) => role === "employer" },
  { path: "/portal/offers/:id/edit", allowed: (role) => role === "employer" },
  { path: "/portal/inquiries", allowed: (role) => role === "employer" },
  { path: "/portal/inquiries/new", allowed: (role) => role === "employer" },
  { path: "/portal/company", allowed: (role) => role === "employer" },
  { path: "/admin/users", allowed: (role) => can(role, "read:user") },
  { path: "/admin/users/new", allowed: (role) => can(role, "create:user") },
  { path: "/admin/centres", allowed: (role) => can(role, "manage:centre") },
  { path: "/admin/audit", allowed: (role) => can(role, "read:audit") },
  { path: "/admin/retention", allowed: (role) => can(role, "read:retention") },
  { path: "/admin/staff-requests", allowed: (role) => can(role, "read:staff_request") },
  { path: "/admin/outbox", allowed: (role) => can(role, "read:mail") },
];

export function canVisit(role: Role, pathname: string): boolean {
  const rule = accessRules.find(({ path }) => matchPath({ path, end: true }, pathname));
  return rule ? rule.allowed(role) : true;
}
