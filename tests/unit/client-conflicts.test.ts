import { describe, expect, it } from "vitest";
import { duplicatesOf } from "#client/features/persons/api/create-person.ts";
import { ApiError } from "#client/lib/api-error.ts";
import { conflictMessageKey, conflictReasonOf, isStaleVersion } from "#client/lib/conflict.ts";
import de from "#client/locales/de.json";
import en from "#client/locales/en.json";
import { conflictReasons } from "#shared/api/conflict-reasons.ts";

const conflictWith = (details: unknown) =>
  new ApiError({ status: 409, code: "conflict", message: "Konflikt", details });

describe("409 reasons", () => {
  it("reads the reason the server names and nothing else", () => {
    expect(conflictReasonOf(conflictWith({ reason: "case_closed" }))).toBe("case_closed");
    expect(conflictReasonOf(conflictWith({ reason: "stale_version", current: { id: "c1" } }))).toBe(
      "stale_version",
    );
    expect(conflictReasonOf(conflictWith({ current: { id: "c1" } }))).toBeNull();
    expect(conflictReasonOf(conflictWith({ reason: "ghosts" }))).toBeNull();
    expect(conflictReasonOf(new ApiError({ status: 404, code: "not_found", message: "Weg" }))).toBeNull();
    expect(conflictReasonOf(new Error("boom"))).toBeNull();
  });

  it("treats only stale_version as a stale version, whatever else the details carry", () => {
    expect(isStaleVersion(conflictWith({ reason: "stale_version", current: {} }))).toBe(true);
    expect(isStaleVersion(conflictWith({ reason: "transition_not_allowed", current: {} }))).toBe(false);
    expect(isStaleVersion(conflictWith({ current: {} }))).toBe(false);
  });

  it("maps each reason to a message in both languages, and an unknown one to none", () => {
    for (const reason of conflictReasons) {
      const key = conflictMessageKey(conflictWith({ reason }));
      expect(key).toBe(`errors.conflicts.${reason}`);
      expect(de.errors.conflicts[reason]).toBeTruthy();
      expect(en.errors.conflicts[reason]).toBeTruthy();
    }
    expect(conflictMessageKey(conflictWith({}))).toBeNull();
    expect(de.errors.conflicts.case_closed).toBe(
      "Der Fall ist abgeschlossen. Zum Weiterarbeiten den Fall wieder öffnen.",
    );
  });

  it("offers duplicates only when the conflict is about possible duplicates", () => {
    const duplicates = [
      {
        id: "p1",
        familyName: "Müller",
        givenNames: "Jonas",
        birthDate: "1990-01-15",
        nationality: "DE",
        reason: "similar_name",
        match: "name_and_birth_date",
      },
    ];
    expect(duplicatesOf(conflictWith({ reason: "possible_duplicates", duplicates }))).toEqual(duplicates);
    expect(duplicatesOf(conflictWith({ reason: "open_case_exists", duplicates }))).toBeNull();
  });
});
