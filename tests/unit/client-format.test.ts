import { describe, expect, it } from "vitest";
import { formatBytes, formatDate, formatDateTime, formatNumber, toLanguage } from "#client/lib/format.ts";

describe("client formatting", () => {
  it("writes calendar dates the German way, without shifting the day", () => {
    expect(formatDate("2026-11-25")).toBe("25.11.2026");
    expect(formatDate("2026-01-01")).toBe("01.01.2026");
  });

  it("writes instants in Berlin time with a 24-hour clock", () => {
    expect(formatDateTime("2026-11-25T13:05:00Z")).toBe("25.11.2026, 14:05");
    expect(formatDateTime("2026-07-01T22:30:00Z")).toBe("02.07.2026, 00:30");
  });

  it("follows the chosen language", () => {
    expect(formatDate("2026-11-25", "en")).toBe("25/11/2026");
    expect(formatDateTime("2026-11-25T13:05:00Z", "en")).toBe("25/11/2026, 14:05");
    expect(formatNumber(1234567.5)).toBe("1.234.567,5");
    expect(formatNumber(1234567.5, "en")).toBe("1,234,567.5");
  });

  it("shows nothing for a value that is no date", () => {
    expect(formatDate("kein Datum")).toBe("");
    expect(formatDateTime("")).toBe("");
  });

  it("falls back to German for unknown languages", () => {
    expect(toLanguage("en-GB")).toBe("en");
    expect(toLanguage("fr")).toBe("de");
    expect(toLanguage(undefined)).toBe("de");
  });

  it("writes file sizes in decimal units with the language's decimal mark", () => {
    expect(formatBytes(598)).toBe("598 B");
    expect(formatBytes(81_920)).toBe("82 KB");
    expect(formatBytes(4_200_000)).toBe("4,2 MB");
    expect(formatBytes(4_200_000, "en")).toBe("4.2 MB");
  });
});
