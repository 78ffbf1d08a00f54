import { describe, expect, it } from "vitest";
import { formatDateInput, isoOfLocalDay, localDayOf, parseDateInput } from "#client/lib/date-input.ts";

describe("typed dates", () => {
  it("reads German dates as ISO days", () => {
    expect(parseDateInput("25.11.2026", "de")).toBe("2026-11-25");
    expect(parseDateInput(" 1.2.2026 ", "de")).toBe("2026-02-01");
    expect(parseDateInput("29.02.2028", "de")).toBe("2028-02-29");
  });

  it("reads English (en-GB) dates day first", () => {
    expect(parseDateInput("25/11/2026", "en")).toBe("2026-11-25");
    expect(parseDateInput("01/02/2026", "en")).toBe("2026-02-01");
  });

  it("refuses days that do not exist and other languages' formats", () => {
    expect(parseDateInput("31.02.2026", "de")).toBeNull();
    expect(parseDateInput("29.02.2027", "de")).toBeNull();
    expect(parseDateInput("32.01.2026", "de")).toBeNull();
    expect(parseDateInput("01.13.2026", "de")).toBeNull();
    expect(parseDateInput("00.01.2026", "de")).toBeNull();
    expect(parseDateInput("25.11.26", "de")).toBeNull();
    expect(parseDateInput("25/11/2026", "de")).toBeNull();
    expect(parseDateInput("25.11.2026", "en")).toBeNull();
    expect(parseDateInput("11/25/2026", "en")).toBeNull();
    expect(parseDateInput("2026-02-31", "de")).toBeNull();
    expect(parseDateInput("morgen", "de")).toBeNull();
    expect(parseDateInput("", "de")).toBeNull();
  });

  it("takes a pasted ISO day in either language", () => {
    expect(parseDateInput("2026-11-25", "de")).toBe("2026-11-25");
    expect(parseDateInput("2026-11-25", "en")).toBe("2026-11-25");
  });

  it("writes ISO days as they are typed", () => {
    expect(formatDateInput("2026-11-25", "de")).toBe("25.11.2026");
    expect(formatDateInput("2026-01-05", "en")).toBe("05/01/2026");
    expect(formatDateInput("", "de")).toBe("");
    expect(formatDateInput(null, "de")).toBe("");
    expect(formatDateInput("31.02.2026", "de")).toBe("31.02.2026");
  });

  it("round-trips every day of a leap year in both languages", () => {
    for (let day = new Date(2028, 0, 1); day.getFullYear() === 2028; day.setDate(day.getDate() + 1)) {
      const iso = isoOfLocalDay(day);
      for (const language of ["de", "en"] as const) {
        expect(parseDateInput(formatDateInput(iso, language), language)).toBe(iso);
      }
      expect(localDayOf(iso)?.getTime()).toBe(day.getTime());
    }
  });

  it("gives the calendar no day for a value that is not one", () => {
    expect(localDayOf("2026-02-31")).toBeUndefined();
    expect(localDayOf("")).toBeUndefined();
    expect(localDayOf("25.11.2026")).toBeUndefined();
  });
});
