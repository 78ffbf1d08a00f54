import { describe, expect, it } from "vitest";
import { canVisit } from "../../client/src/app/access.ts";
import { homePathOf, navigationFor } from "../../client/src/app/navigation.ts";
import portalDe from "../../client/src/features/portal/locales/de.json";
import portalEn from "../../client/src/features/portal/locales/en.json";
import { candidateName } from "../../client/src/features/portal/utils/candidate-name.ts";
import type { CandidateProfile } from "../../shared/schemas/placement.ts";

const profile = (changes: Partial<CandidateProfile>): CandidateProfile => ({
  givenName: "Amara",
  familyInitial: "O.",
  fullName: null,
  email: null,
  phone: null,
  germanLevel: null,
  germanLevels: {},
  languages: [],
  qualifications: [],
  targetOccupation: null,
  availableFrom: null,
  ...changes,
});

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

  it("names a candidate by given name and initial until the server sends the full name", () => {
    expect(candidateName(profile({}))).toBe("Amara O.");
    expect(candidateName(profile({ familyInitial: "O" }))).toBe("Amara O.");
    expect(candidateName(profile({ familyInitial: "" }))).toBe("Amara");
    expect(candidateName(profile({ fullName: "Amara Okonkwo" }))).toBe("Amara Okonkwo");
  });
});
