import type { Role } from "../../../shared/auth/roles.ts";
import { canVisit } from "./access.ts";

type NavKey =
  | "nav.myTasks"
  | "nav.persons"
  | "nav.cases"
  | "nav.statistics"
  | "nav.offers"
  | "nav.users"
  | "nav.centres"
  | "nav.audit";
export type NavItem = { to: string; labelKey: NavKey };

const navItems: readonly NavItem[] = [
  { to: "/", labelKey: "nav.myTasks" },
  { to: "/persons", labelKey: "nav.persons" },
  { to: "/cases", labelKey: "nav.cases" },
  { to: "/statistics", labelKey: "nav.statistics" },
  { to: "/offers", labelKey: "nav.offers" },
  { to: "/admin/users", labelKey: "nav.users" },
  { to: "/admin/centres", labelKey: "nav.centres" },
  { to: "/admin/audit", labelKey: "nav.audit" },
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
