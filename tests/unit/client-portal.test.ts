import { describe, expect, it } from "vitest";
import { canVisit } from "#client/app/access.ts";
import { homePathOf, navigationFor } from "#client/app/navigation.ts";
import portalDe from "#client/features/portal/locales/de.json";
import portalEn from "#client/features/portal/locales/en.json";
import { candidateName, contactStateOf } from "#client/features/portal/utils/candidate-name.ts";
import type { Candidate } from "#shared/schemas/placement.ts";

const profile: Candidate["profile"] = {
  pseudonym: "K-7F3QX",
  germanLevel: null,
  germanLevels: {},
  languages: [],
  qualifications: [],
  targetOccupation: null,
  availableFrom: null,
};
const contact = { fullName: "Amara Okonkwo", nameLatin: null, email: null, phone: null };
const label = (code: string) => `Kandidat·in ${code}`;

describe("employer portal", () => {
  it("words candidate cards neutrally: an assessment is not always the employer's own, dates are 'am'", () => {
    expect(portalDe.candidate.assessed).toBe("Einschätzung");
    expect(portalEn.candidate.assessed).toBe("assessment");
    expect(portalDe.candidate.interviewOn).toBe("Gespräch am {{date}}");
    expect(portalEn.candidate.interviewOn).toBe("Interview on {{date}}");
  });

  it("lands employers on their offers and shows them only the portal", () => {
    expect(homePathOf("employer")).toBe("/portal/offers");
    expect(navigationFor("employer").map((item) => item.to)).toEqual([
      "/portal/offers",
      "/portal/inquiries",
      "/portal/company",
    ]);
  });

  it("keeps the portal for employers and the advisor screens from them", () => {
    for (const path of ["/portal/offers", "/portal/offers/new", "/portal/offers/x", "/portal/offers/x/edit"])
      expect(canVisit("employer", path)).toBe(true);
    for (const role of ["advisor", "manager", "admin"] as const) {
      expect(canVisit(role, "/portal/offers")).toBe(false);
      expect(canVisit(role, "/portal/company")).toBe(false);
    }
    expect(canVisit("employer", "/offers")).toBe(false);
    expect(canVisit("employer", "/persons")).toBe(false);
  });

  it("names a candidate by the pseudonym until the server sends the released contact", () => {
    expect(candidateName({ profile, contact: null }, label)).toBe("Kandidat·in K-7F3QX");
    expect(candidateName({ profile, contact }, label)).toBe("Amara Okonkwo");
    expect(portalDe.candidate.pseudonym).toBe("Kandidat·in {{code}}");
    expect(portalEn.candidate.pseudonym).toBe("Candidate {{code}}");
  });

  it("tells apart waiting for the Zusage, waiting for the release, released and ended", () => {
    expect(contactStateOf({ stage: "interview", contact: null })).toBe("after_acceptance");
    expect(contactStateOf({ stage: "accepted", contact: null })).toBe("awaiting_release");
    expect(contactStateOf({ stage: "running", contact: null })).toBe("awaiting_release");
    expect(contactStateOf({ stage: "accepted", contact })).toBe("released");
    expect(contactStateOf({ stage: "declined", contact: null })).toBe("ended");
  });
});
