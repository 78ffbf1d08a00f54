import { actsForCompany } from "#shared/auth/permissions.ts";
import type { Consent } from "#shared/schemas/consent.ts";
import type {
  ConsentEvent,
  ExportConsent,
  ExportPlacement,
  ExportRecipient,
} from "#shared/schemas/person-export.ts";
import type { PersonAccessRow } from "../audit/person-access.ts";

const recordedBy = (row: PersonAccessRow) => row.user_name ?? row.user_email;

/** A consent's steps: the row says which days; the audit says who recorded them, and when. */
export function consentWithHistory(consent: Consent, access: readonly PersonAccessRow[]): ExportConsent {
  const entry = (action: string) =>
    access.find((row) => row.action === action && row.entity_id === consent.id);
  const given = entry("consent.give");
  const history: ConsentEvent[] = [
    {
      event: "given",
      on: consent.givenOn,
      recordedAt: given?.at ?? consent.createdAt,
      recordedBy: given ? recordedBy(given) : consent.recordedBy,
    },
  ];
  if (consent.withdrawnOn) {
    const withdrawn = entry("consent.withdraw");
    history.push({
      event: "withdrawn",
      on: consent.withdrawnOn,
      recordedAt: withdrawn?.at ?? null,
      recordedBy: withdrawn ? recordedBy(withdrawn) : null,
    });
  }
  return { ...consent, history };
}

const earlier = <T extends string>(a: T | null, b: T | null): T | null =>
  a && b ? (a < b ? a : b) : (a ?? b);

/**
 * The companies that received the person's data: every placement showed the minimal profile, a release
 * the name and contact; the audit adds how often the company's users opened the candidate.
 */
export function recipientsOf(
  placements: readonly ExportPlacement[],
  access: readonly PersonAccessRow[],
): ExportRecipient[] {
  const byCompany = new Map<string, ExportRecipient>();
  const recipientFor = (companyId: string | null, companyName: string) => {
    const key = companyId ?? `name:${companyName}`;
    let recipient = byCompany.get(key);
    if (!recipient) {
      recipient = {
        companyId,
        companyName,
        profileSharedOn: null,
        contactReleasedAt: null,
        employerAccesses: 0,
        lastEmployerAccessAt: null,
      };
      byCompany.set(key, recipient);
    }
    return recipient;
  };
  for (const placement of placements) {
    const recipient = recipientFor(placement.companyId, placement.companyName);
    recipient.profileSharedOn = earlier(recipient.profileSharedOn, placement.proposedOn);
    recipient.contactReleasedAt = earlier(recipient.contactReleasedAt, placement.contactReleasedAt);
  }
  for (const row of access) {
    if (!actsForCompany(row.role) || !row.company_name) continue;
    const recipient = recipientFor(row.company_id, row.company_name);
    recipient.employerAccesses += 1;
    if (!recipient.lastEmployerAccessAt || row.at > recipient.lastEmployerAccessAt)
      recipient.lastEmployerAccessAt = row.at;
  }
  return [...byCompany.values()].sort((a, b) => a.companyName.localeCompare(b.companyName, "de"));
}
