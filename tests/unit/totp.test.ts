import { describe, expect, it } from "vitest";
import {
  codeAt,
  isRecoveryCodeShape,
  newRecoveryCodes,
  recoveryCodeHash,
  stepOfCode,
} from "#server/modules/second-factor/totp.ts";
import { demoSecondFactorSecrets } from "#server/seed/demo-accounts.ts";

const secret = "JBSWY3DPEHPK3PXPANKOMMENADVIHILD";
const now = Date.UTC(2026, 11, 2, 12, 0, 15);
const step = Math.floor(now / 30_000);

describe("TOTP codes (RFC 6238)", () => {
  it("matches the RFC 6238 SHA-1 test vector", () => {
    // RFC 6238 appendix B: key "12345678901234567890", T = 59 s → 94287082 (8 digits); 6 digits: 287082.
    expect(codeAt("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", 59_000)).toBe("287082");
  });

  it("accepts the code of the current step and of one step either side, and names its step", () => {
    expect(stepOfCode(secret, codeAt(secret, now), now)).toBe(step);
    expect(stepOfCode(secret, codeAt(secret, now - 30_000), now)).toBe(step - 1);
    expect(stepOfCode(secret, codeAt(secret, now + 30_000), now)).toBe(step + 1);
  });

  it("refuses codes two steps away and codes of another secret", () => {
    expect(stepOfCode(secret, codeAt(secret, now - 60_000), now)).toBeNull();
    expect(stepOfCode(secret, codeAt(secret, now + 60_000), now)).toBeNull();
    const other = demoSecondFactorSecrets["advisor@hannover.example"] ?? "";
    expect(stepOfCode(secret, codeAt(other, now), now)).toBeNull();
  });
});

describe("recovery codes", () => {
  it("hands out 8 different codes that never look like an app code", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(8);
    expect(new Set(codes).size).toBe(8);
    for (const code of codes) {
      expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}$/);
      expect(isRecoveryCodeShape(code)).toBe(true);
    }
    expect(isRecoveryCodeShape("123456")).toBe(false);
  });

  it("hashes a code the same however it is typed, and differently from the code itself", () => {
    expect(recoveryCodeHash("ABCD-EFGH")).toBe(recoveryCodeHash("abcdefgh"));
    expect(recoveryCodeHash("abcd-efgh")).not.toContain("abcd");
  });
});
