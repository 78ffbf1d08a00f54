import { describe, expect, it } from "vitest";
import type { PersonAccessRow } from "#server/modules/audit/person-access.ts";
import { consentWithHistory, recipientsOf } from "#server/modules/person-export/person-export-sections.ts";
import type { Consent } from "#shared/schemas/consent.ts";
import type { ExportPlacement } from "#shared/schemas/person-export.ts";

const consent: Consent = {
  id: "consent-1",
  personId: "person-1",
  purpose: "employer_sharing",
  givenOn: "2026-03-02",
  channel: "paper",
  noticeVersion: "2026-01",
  withdrawnOn: "2026-06-30",
  recordedBy: "Anna Berater",
  createdAt: "2026-03-02T09:00:00.000Z",
};

const accessRow = (overrides: Partial<PersonAccessRow>): PersonAccessRow => ({
  id: "audit-1",
  at: "2026-07-01T10:00:00.000Z",
  action: "person.read",
  entity_id: "person-1",
  role: "advisor",
  user_name: "Anna Berater",
  user_email: "anna@example.org",
  company_id: null,
  company_name: null,
  centre_name: "Welcome Center Hildesheim",
  ...overrides,
});

const placement = (overrides: Partial<ExportPlacement>) =>
  ({
    companyId: "company-1",
    companyName: "Tischlerei Brandt",
    proposedOn: "2026-04-10",
    contactReleasedAt: null,
    ...overrides,
  }) as ExportPlacement;

describe("the export's consent history", () => {
  it("names who withdrew the consent and when, from the audit", () => {
    const withdrawn = accessRow({
      action: "consent.withdraw",
      entity_id: "consent-1",
      at: "2026-06-30T14:05:00.000Z",
      user_name: "Ben Beraterin",
    });
    expect(consentWithHistory(consent, [withdrawn]).history).toEqual([
      {
        event: "given",
        on: "2026-03-02",
        recordedAt: "2026-03-02T09:00:00.000Z",
        recordedBy: "Anna Berater",
      },
      {
        event: "withdrawn",
        on: "2026-06-30",
        recordedAt: "2026-06-30T14:05:00.000Z",
        recordedBy: "Ben Beraterin",
      },
    ]);
  });

  it("says nothing it does not know: a withdrawal without an audit entry has no recorder", () => {
    const otherConsent = accessRow({ action: "consent.withdraw", entity_id: "consent-2" });
    expect(consentWithHistory(consent, [otherConsent]).history[1]).toEqual({
      event: "withdrawn",
      on: "2026-06-30",
      recordedAt: null,
      recordedBy: null,
    });
  });
});

describe("the export's recipients", () => {
  it("gives each company once, with its first proposal and release and its users' views", () => {
    const recipients = recipientsOf(
      [
        placement({ proposedOn: "2026-05-01", contactReleasedAt: "2026-05-20T08:00:00.000Z" }),
        placement({ proposedOn: "2026-04-10" }),
      ],
      [
        accessRow({ role: "employer", company_id: "company-1", company_name: "Tischlerei Brandt" }),
        accessRow({
          role: "employer",
          company_id: "company-1",
          company_name: "Tischlerei Brandt",
          at: "2026-07-03T10:00:00.000Z",
        }),
        accessRow({ role: "advisor" }),
      ],
    );
    expect(recipients).toEqual([
      {
        companyId: "company-1",
        companyName: "Tischlerei Brandt",
        profileSharedOn: "2026-04-10",
        contactReleasedAt: "2026-05-20T08:00:00.000Z",
        employerAccesses: 2,
        lastEmployerAccessAt: "2026-07-03T10:00:00.000Z",
      },
    ]);
  });

  it("lists a company known only from its users' reads in the audit", () => {
    const recipients = recipientsOf(
      [],
      [accessRow({ role: "employer", company_id: "company-2", company_name: "Pflegedienst Sonne" })],
    );
    expect(recipients).toEqual([
      expect.objectContaining({
        companyName: "Pflegedienst Sonne",
        profileSharedOn: null,
        employerAccesses: 1,
      }),
    ]);
  });
});
