/** Keys of audit `details` that copy what a person wrote or what someone typed to find them. */
const copiedTextKeys = new Set(["previousText", "q", "text", "familyName", "givenNames", "email", "phone"]);

function scrub(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(scrub);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !copiedTextKeys.has(key))
      .map(([key, inner]) => [key, scrub(inner)]),
  );
}

/** The details without copied texts, or the same string when nothing was copied. */
export function scrubAuditDetails(details: string): string {
  const scrubbed = JSON.stringify(scrub(JSON.parse(details) as unknown));
  return scrubbed === JSON.stringify(JSON.parse(details) as unknown) ? details : scrubbed;
}
