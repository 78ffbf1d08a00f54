import { describe, expect, it } from "vitest";
import { caseFiltersFrom, caseListParams } from "#client/features/cases/utils/case-filters.ts";
import {
  hasPersonFilters,
  personFiltersFrom,
  personListParams,
} from "#client/features/persons/utils/person-filters.ts";
import { ApiError } from "#client/lib/api-error.ts";
import { isStaleVersion, staleRecordOf } from "#client/lib/conflict.ts";
import { addDays, ageOn } from "#client/lib/dates.ts";
import { fieldErrorText } from "#client/lib/field-error-text.ts";
import { flagUrl } from "#client/lib/flag.ts";
import { countryCodes } from "#shared/reference/countries.ts";
import { TaskSchema } from "#shared/schemas/task.ts";

describe("person and case filters kept in the URL", () => {
  it("reads person filters and drops values the API would refuse", () => {
    const params = new URLSearchParams(
      "q=%20muller%20&status=active&nationality=sy&district=abroad&permitType=duldung&expiring=1&advisor=&sort=-name",
    );
    expect(personFiltersFrom(params)).toEqual({
      q: "muller",
      status: "active",
      district: "abroad",
      permitType: "duldung",
      expiring: "1",
      sort: "-name",
    });
    expect(hasPersonFilters(personFiltersFrom(new URLSearchParams("sort=-created")))).toBe(false);
  });

  it("passes the advisor filter to the API and turns 'expiring' into a day count", () => {
    expect(personListParams({ advisor: "user-7", expiring: "1", nationality: "UA" })).toEqual({
      nationality: "UA",
      advisor: "user-7",
      permitExpiringWithin: 90,
    });
    expect(caseListParams(caseFiltersFrom(new URLSearchParams("status=open&advisor=u&concern=x")))).toEqual({
      status: "open",
      advisor: "u",
    });
    expect(hasPersonFilters(personFiltersFrom(new URLSearchParams("advisor=user-7")))).toBe(true);
  });
});

describe("record helpers", () => {
  it("computes the age on a day, counting the birthday itself", () => {
    expect(ageOn("1990-01-15", "2026-01-14")).toBe(35);
    expect(ageOn("1990-01-15", "2026-01-15")).toBe(36);
    expect(addDays("2026-02-27", 2)).toBe("2026-03-01");
  });

  it("finds an SVG flag for every country code and none for anything else", () => {
    expect(flagUrl("DE")).toMatch(/\/DE[^/]*\.svg/);
    expect(countryCodes.filter((code) => !flagUrl(code))).toEqual([]);
    expect(flagUrl("de")).toBeUndefined();
    expect(flagUrl("ZZ")).toBeUndefined();
  });

  it("tells a stale version (with the current record) from other conflicts", () => {
    const current = {
      id: "t1",
      caseId: "c1",
      personId: "p1",
      personName: "Jonas Müller",
      title: "Zeugnisse",
      dueOn: "2026-11-25",
      assigneeId: "u1",
      assigneeName: "Deniz Aydın",
      doneAt: null,
      automatic: false,
      createdAt: "2026-11-20T10:00:00Z",
      updatedAt: "2026-11-21T10:00:00Z",
      version: 3,
    };
    const stale = new ApiError({
      status: 409,
      code: "conflict",
      message: "Veraltet",
      details: { reason: "stale_version", current },
    });
    const rule = new ApiError({
      status: 409,
      code: "conflict",
      message: "Schon offen",
      details: { reason: "open_case_exists" },
    });
    expect(staleRecordOf(stale, TaskSchema)?.version).toBe(3);
    expect(isStaleVersion(stale)).toBe(true);
    expect(isStaleVersion(rule)).toBe(false);
    expect(staleRecordOf(rule, TaskSchema)).toBeNull();
  });

  it("maps the shared schemas' German messages to keys for both languages", () => {
    expect(fieldErrorText({ type: "custom", message: "Datum liegt in der Zukunft" }, "en")).toEqual({
      key: "validation.futureDate",
    });
    expect(fieldErrorText({ type: "custom", message: "Unbekannter Ländercode" }, "de")).toEqual({
      key: "validation.countryCode",
    });
    expect(fieldErrorText({ type: "too_small", message: "Mindestens ein Anliegen" }, "en")).toEqual({
      key: "validation.concernRequired",
    });
  });
});
