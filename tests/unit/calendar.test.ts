import { describe, expect, it } from "vitest";
import { addDays, todayInBerlin } from "#shared/time/calendar.ts";

describe("today in Berlin", () => {
  it("is already the next day in Berlin shortly before midnight UTC, in winter and in summer", () => {
    expect(todayInBerlin(new Date("2026-01-04T23:30:00Z"))).toBe("2026-01-05");
    expect(todayInBerlin(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
  });

  it("is still the same day just before midnight in Berlin", () => {
    expect(todayInBerlin(new Date("2026-01-04T22:59:59Z"))).toBe("2026-01-04");
    expect(todayInBerlin(new Date("2026-06-30T21:59:59Z"))).toBe("2026-06-30");
  });

  it("writes the date as YYYY-MM-DD with leading zeros", () => {
    expect(todayInBerlin(new Date("2026-03-09T10:00:00Z"))).toMatch(/^2026-03-09$/);
  });
});

describe("adding days to a calendar date", () => {
  it("crosses month and year ends, leap days and clock changes", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
});
