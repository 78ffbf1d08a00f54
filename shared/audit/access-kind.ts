/**
 * What an audit entry naming a person means for that person's access history: a read, a change, an
 * export, the release of the contact to a company, or the anonymisation. Derived from the action name
 * (`<area>.<verb>`, or `<area>.<object>.<verb>`), so a new action is classified without a list to remember.
 */
export const accessKinds = ["read", "change", "export", "release", "anonymisation"] as const;
export type AccessKind = (typeof accessKinds)[number];

/**
 * The rules as data, so that the audit log's filter (SQL on the server) and `accessKindOf` cannot drift:
 * the first rule that matches decides, and an action no rule matches is a change.
 */
export const accessKindRules = {
  releaseAction: "placement.contact_release",
  exportVerb: "export",
  anonymiseVerb: "anonymise",
  readVerbs: ["read", "list", "duplicates", "agency", "access_history", "offers", "candidates", "download"],
  readAreas: ["matching"],
} as const;

const readVerbs: ReadonlySet<string> = new Set(accessKindRules.readVerbs);
const readAreas: ReadonlySet<string> = new Set(accessKindRules.readAreas);

export function accessKindOf(action: string): AccessKind {
  const parts = action.split(".");
  const area = parts[0] ?? "";
  const verb = parts[parts.length - 1] ?? "";
  if (action === accessKindRules.releaseAction) return "release";
  if (verb === accessKindRules.exportVerb) return "export";
  if (verb === accessKindRules.anonymiseVerb) return "anonymisation";
  if (readVerbs.has(verb) || readAreas.has(area)) return "read";
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
  "document",
] as const;
export type AccessArea = (typeof accessAreas)[number] | "other";

export function accessAreaOf(action: string): AccessArea {
  const area = action.split(".")[0] ?? "";
  return (accessAreas as readonly string[]).includes(area) ? (area as AccessArea) : "other";
}
