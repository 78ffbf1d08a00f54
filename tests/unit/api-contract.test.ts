import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ErrorEnvelopeSchema, errorCodes, statusOfCode } from "#shared/api/errors.ts";
import { CursorSchema, LimitSchema, pageOf } from "#shared/api/pagination.ts";

describe("error codes", () => {
  it("answer with the HTTP status the style guide names for each", () => {
    expect(statusOfCode).toEqual({
      bad_request: 400,
      validation_failed: 422,
      unauthenticated: 401,
      forbidden: 403,
      not_found: 404,
      conflict: 409,
      payload_too_large: 413,
      unsupported_media_type: 415,
      too_many_requests: 429,
      idempotency_key_reused: 422,
      internal: 500,
    });
    expect(Object.keys(statusOfCode).sort()).toEqual([...errorCodes].sort());
  });

  it("parse an envelope with field issues and refuse an unknown code", () => {
    const envelope = {
      error: { code: "validation_failed", message: "Ungültige Eingabe", details: [{ path: "email" }] },
    };
    expect(ErrorEnvelopeSchema.parse(envelope)).toEqual(envelope);
    expect(ErrorEnvelopeSchema.safeParse({ error: { code: "teapot", message: "x" } }).success).toBe(false);
    expect(ErrorEnvelopeSchema.safeParse({ error: { message: "no code" } }).success).toBe(false);
  });
});

describe("pagination", () => {
  const PageSchema = pageOf(z.object({ id: z.string() }));

  it("reads a page of items with the cursor of the next page, or null on the last page", () => {
    expect(PageSchema.parse({ items: [{ id: "a" }], nextCursor: "b" })).toEqual({
      items: [{ id: "a" }],
      nextCursor: "b",
    });
    expect(PageSchema.parse({ items: [], nextCursor: null }).nextCursor).toBeNull();
  });

  it("refuses a page whose items do not fit the item schema or that lacks the cursor", () => {
    expect(PageSchema.safeParse({ items: [{ id: 1 }], nextCursor: null }).success).toBe(false);
    expect(PageSchema.safeParse({ items: [] }).success).toBe(false);
    expect(PageSchema.safeParse({ nextCursor: null }).success).toBe(false);
  });

  it("takes 50 rows by default and 1 to 200 from a query string", () => {
    expect(LimitSchema.parse(undefined)).toBe(50);
    expect(LimitSchema.parse("1")).toBe(1);
    expect(LimitSchema.parse("200")).toBe(200);
    for (const bad of ["0", "201", "2.5", "many"]) expect(LimitSchema.safeParse(bad).success).toBe(false);
  });

  it("accepts cursors up to 500 characters", () => {
    expect(CursorSchema.parse(undefined)).toBeUndefined();
    expect(CursorSchema.parse("c".repeat(500))).toHaveLength(500);
    expect(CursorSchema.safeParse("c".repeat(501)).success).toBe(false);
  });
});
