import { describe, expect, it } from "vitest";
import { escapeText, foldLine, icsUtc } from "#server/modules/appointments/ics.ts";
import { berlinDayOf, berlinInstant, berlinTimeOf, mondayOf } from "#shared/time/berlin-clock.ts";

describe("Berlin wall-clock times", () => {
  it("turn into the right instant on both sides of the clock changes", () => {
    expect(berlinInstant("2026-10-24", "09:00")).toBe("2026-10-24T07:00:00.000Z");
    expect(berlinInstant("2026-10-25", "09:00")).toBe("2026-10-25T08:00:00.000Z");
    expect(berlinInstant("2026-03-28", "09:00")).toBe("2026-03-28T08:00:00.000Z");
    expect(berlinInstant("2026-03-29", "09:00")).toBe("2026-03-29T07:00:00.000Z");
    expect(berlinInstant("2026-10-26", "00:00")).toBe("2026-10-25T23:00:00.000Z");
  });

  it("read back as Berlin day and time", () => {
    expect(berlinTimeOf("2026-10-25T08:00:00.000Z")).toBe("09:00");
    expect(berlinDayOf("2026-10-25T23:30:00.000Z")).toBe("2026-10-26");
    expect(mondayOf("2026-12-06")).toBe("2026-11-30");
    expect(mondayOf("2026-11-30")).toBe("2026-11-30");
  });
});

describe("iCalendar text", () => {
  it("folds at 75 octets without splitting a character, and escapes TEXT", () => {
    const line = `LOCATION:${"Zollstraße ".repeat(12)}`;
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((part) => part.startsWith(" "))).toBe(true);
    expect(parts.map((part, index) => (index === 0 ? part : part.slice(1))).join("")).toBe(line);
    expect(escapeText("a;b,c\\d\ne")).toBe("a\\;b\\,c\\\\d\\ne");
    expect(icsUtc("2026-10-25T08:00:00.000Z")).toBe("20261025T080000Z");
  });
});
