/**
 * What an audit entry naming a person means for that person's access history: a read, a change, an
 * export, the release of the contact to a company, or the anonymisation. Derived from the action name
 * (`<area>.<verb>`, or `<area>.<object>.<verb>`), so a new action is classified without a list to remember.
 */
export const accessKinds = ["read", "change", "export", "release", "anonymisation"] as const;
export type AccessKind = (typeof accessKinds)[number];

const readVerbs = new Set(["read", "list", "duplicates", "agency", "access_history", "offers", "candidates"]);

export function accessKindOf(action: string): AccessKind {
  const parts = action.split(".");
  const area = parts[0] ?? "";
  const verb = parts[parts.length - 1] ?? "";
  if (action === "placement.contact_release") return "release";
  if (verb === "export") return "export";
  if (verb === "anonymise") return "anonymisation";
  if (readVerbs.has(verb) || area === "matching") return "read";
  return "change";
}

/** The part of the record an entry is about, for the access history's "what" column. */
export const accessAreas = [
  "person",
  "consent",
  "case",
  "activity",
  "task",
  "language",
  "placement",
  "candidate",
  "matching",
  "enrolment",
  "agency",
] as const;
export type AccessArea = (typeof accessAreas)[number] | "other";

export function accessAreaOf(action: string): AccessArea {
  const area = action.split(".")[0] ?? "";
  return (accessAreas as readonly string[]).includes(area) ? (area as AccessArea) : "other";
}
