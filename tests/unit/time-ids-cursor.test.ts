import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "#server/lib/cursor.ts";
import { ApiError } from "#server/lib/errors.ts";
import { newId } from "#server/lib/ids.ts";
import { startOfLocalDay, startOfNextLocalDay } from "#server/lib/time.ts";
import { delayAfter } from "#server/modules/sessions/throttle.service.ts";

describe("Europe/Berlin day boundaries", () => {
  it("starts a winter day at 23:00 UTC and a summer day at 22:00 UTC the day before", () => {
    expect(startOfLocalDay("2026-11-25")).toBe("2026-11-24T23:00:00.000Z");
    expect(startOfLocalDay("2026-07-01")).toBe("2026-06-30T22:00:00.000Z");
  });

  it("handles the days the clocks change", () => {
    expect(startOfNextLocalDay("2026-03-29")).toBe("2026-03-29T22:00:00.000Z");
    expect(startOfNextLocalDay("2026-10-25")).toBe("2026-10-25T23:00:00.000Z");
  });
});

describe("ids", () => {
  it("are UUIDv7 and sort in creation order", () => {
    const ids = Array.from({ length: 2000 }, () => newId());
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("cursors", () => {
  it("round-trip their values", () => {
    expect(decodeCursor(encodeCursor(["Müller", "id-1"]), 2)).toEqual(["Müller", "id-1"]);
  });

  it.each(["", "bm9wZQ", encodeCursor(["only-one"]), "%%%"])("reject %j as a field error", (cursor) => {
    expect(() => decodeCursor(cursor, 2)).toThrow(ApiError);
  });
});

describe("login throttle delay", () => {
  it("is free for the first failures, then doubles up to 15 minutes", () => {
    expect([4, 5, 6, 7, 8].map((failures) => delayAfter(failures, 5))).toEqual([0, 1000, 2000, 4000, 8000]);
    expect(delayAfter(40, 5)).toBe(15 * 60_000);
  });
});
