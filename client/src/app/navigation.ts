import type { Role } from "#shared/auth/roles.ts";
import { canVisit } from "./access.ts";

type NavKey =
  | "nav.myTasks"
  | "nav.appointments"
  | "nav.transfers"
  | "nav.persons"
  | "nav.cases"
  | "nav.statistics"
  | "nav.offers"
  | "nav.advisorOffers"
  | "nav.companies"
  | "nav.programmes"
  | "nav.agencies"
  | "nav.imports"
  | "nav.inquiries"
  | "nav.company"
  | "nav.users"
  | "nav.centres"
  | "nav.audit"
  | "nav.retention"
  | "nav.staffRequests"
  | "nav.outbox";
export type NavItem = { to: string; labelKey: NavKey };

const navItems: readonly NavItem[] = [
  // Admin screens first: admins also see the programme catalogue, but land on their users.
  { to: "/admin/users", labelKey: "nav.users" },
  { to: "/admin/centres", labelKey: "nav.centres" },
  { to: "/admin/audit", labelKey: "nav.audit" },
  { to: "/admin/retention", labelKey: "nav.retention" },
  { to: "/admin/outbox", labelKey: "nav.outbox" },
  { to: "/", labelKey: "nav.myTasks" },
  { to: "/appointments", labelKey: "nav.appointments" },
  { to: "/persons", labelKey: "nav.persons" },
  { to: "/transfers", labelKey: "nav.transfers" },
  { to: "/cases", labelKey: "nav.cases" },
  { to: "/companies", labelKey: "nav.companies" },
  { to: "/offers", labelKey: "nav.advisorOffers" },
  { to: "/programmes", labelKey: "nav.programmes" },
  { to: "/agencies", labelKey: "nav.agencies" },
  { to: "/imports", labelKey: "nav.imports" },
  { to: "/portal/offers", labelKey: "nav.offers" },
  { to: "/portal/inquiries", labelKey: "nav.inquiries" },
  { to: "/portal/company", labelKey: "nav.company" },
  { to: "/statistics", labelKey: "nav.statistics" },
  // Last, so that neither admins nor managers land on it.
  { to: "/admin/staff-requests", labelKey: "nav.staffRequests" },
];

export function navigationFor(role: Role): NavItem[] {
  return navItems.filter((item) => canVisit(role, item.to));
}

export function homePathOf(role: Role): string {
  return navigationFor(role)[0]?.to ?? "/";
}

/** Only same-site paths are followed after sign-in, so a crafted link cannot send users elsewhere. */
export function safeRedirectTarget(target: string | null): string | null {
  if (!target?.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return null;
  if (target.startsWith("/login")) return null;
  return target;
}
