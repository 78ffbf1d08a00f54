import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { newSessionToken, sessionIdOf } from "#server/modules/sessions/session-token.ts";

const secret = "a-session-secret-of-at-least-32-characters";
const otherSecret = "another-session-secret-of-32-characters!";

describe("session token", () => {
  it("stores HMAC-SHA256 of the token keyed with SESSION_SECRET (decision 0005)", () => {
    const token = newSessionToken();
    expect(sessionIdOf(token, secret)).toBe(createHmac("sha256", secret).update(token).digest("base64url"));
  });

  it("gives a token a different id under another secret, and another token a different id", () => {
    const token = newSessionToken();
    expect(sessionIdOf(token, otherSecret)).not.toBe(sessionIdOf(token, secret));
    expect(sessionIdOf(newSessionToken(), secret)).not.toBe(sessionIdOf(token, secret));
  });
});
