import { describe, expect, it } from "vitest";
import { safeRedirectTarget } from "#client/app/navigation.ts";
import { parseRetryAfter } from "#client/lib/api-error.ts";
import { errorFromResponse } from "#client/lib/error-envelope.ts";
import { fieldErrorText } from "#client/lib/field-error-text.ts";
import { singleLineText } from "#shared/schemas/common.ts";

describe("API error parsing", () => {
  it("turns the error envelope into a typed error with field issues", () => {
    const error = errorFromResponse(
      422,
      {
        error: {
          code: "validation_failed",
          message: "Ungültige Eingabe",
          details: [{ path: "email", message: "Keine gültige E-Mail-Adresse" }],
        },
      },
      null,
    );
    expect(error.status).toBe(422);
    expect(error.code).toBe("validation_failed");
    expect(error.message).toBe("Ungültige Eingabe");
    expect(error.fieldIssues).toEqual([{ path: "email", message: "Keine gültige E-Mail-Adresse" }]);
  });

  it("keeps conflict details and ignores details that are no field issues", () => {
    const current = { id: "u1", version: 3 };
    const error = errorFromResponse(
      409,
      { error: { code: "conflict", message: "Veraltet", details: { current } } },
      null,
    );
    expect(error.code).toBe("conflict");
    expect(error.details).toEqual({ current });
    expect(error.fieldIssues).toEqual([]);
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    const error = errorFromResponse(429, { error: { code: "too_many_requests", message: "Langsam" } }, "42");
    expect(error.retryAfterSeconds).toBe(42);
    const now = Date.parse("2026-11-25T12:00:00Z");
    expect(parseRetryAfter("Wed, 25 Nov 2026 12:00:30 GMT", now)).toBe(30);
    expect(parseRetryAfter("bald", now)).toBeNull();
  });

  it("derives a code from the status when the body is no envelope", () => {
    expect(errorFromResponse(401, undefined, null).code).toBe("unauthenticated");
    expect(errorFromResponse(502, "<html>Bad Gateway</html>", null).code).toBe("internal");
  });
});

describe("field error texts", () => {
  it("maps the shared schemas' German messages to translation keys", () => {
    expect(fieldErrorText({ type: "too_small", message: "Mindestens 12 Zeichen" }, "en")).toEqual({
      key: "validation.minChars",
      count: 12,
    });
    expect(fieldErrorText({ type: "invalid_format", message: "Keine gültige E-Mail-Adresse" }, "en")).toEqual(
      {
        key: "validation.invalidEmail",
      },
    );
  });

  it("shows unknown server messages as they are in German, and a generic text in English", () => {
    const issue = { type: "server", message: "Etwas Neues ist falsch" };
    expect(fieldErrorText(issue, "de")).toEqual({ text: "Etwas Neues ist falsch" });
    expect(fieldErrorText(issue, "en")).toEqual({ key: "validation.invalid" });
  });

  it("names the refused character in both languages, from the form's check or the server's answer", () => {
    const name = singleLineText().min(1);
    const issue = (value: string) => ({
      type: "custom",
      message: name.safeParse(value).error?.issues[0]?.message ?? "",
    });
    expect(fieldErrorText(issue("Ali\u202Eev"), "en")).toEqual({
      key: "validation.bidiControl",
      character: "U+202E",
    });
    expect(fieldErrorText(issue("Ali\u0007ev"), "en")).toEqual({
      key: "validation.controlCharacter",
      character: "U+0007",
    });
    expect(fieldErrorText(issue("Ali\u200Bev"), "de")).toEqual({
      key: "validation.invisibleCharacter",
      character: "U+200B",
    });
    expect(fieldErrorText(issue("Ali\uD800ev"), "en")).toEqual({
      key: "validation.invalidCharacter",
      character: "U+D800",
    });
    expect(fieldErrorText({ ...issue("Ali\nev"), type: "server" }, "en")).toEqual({
      key: "validation.noLineBreak",
    });
  });

  it("never shows zod's English default messages", () => {
    expect(fieldErrorText({ type: "invalid_value", message: "Invalid option" }, "de")).toEqual({
      key: "validation.chooseOption",
    });
  });
});

describe("redirect after sign-in", () => {
  it("follows only paths on this site", () => {
    expect(safeRedirectTarget("/admin/audit?action=auth.login")).toBe("/admin/audit?action=auth.login");
    expect(safeRedirectTarget("//evil.example/")).toBeNull();
    expect(safeRedirectTarget("/\\evil.example")).toBeNull();
    expect(safeRedirectTarget("https://evil.example")).toBeNull();
    expect(safeRedirectTarget("/login")).toBeNull();
    expect(safeRedirectTarget(null)).toBeNull();
  });
});
