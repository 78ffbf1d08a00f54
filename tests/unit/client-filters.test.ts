import { describe, expect, it } from "vitest";
import {
  AuditFiltersSchema,
  auditFiltersFrom,
  auditFiltersToParams,
} from "#client/features/audit/utils/audit-filters.ts";
import { userFiltersFrom } from "#client/features/users/utils/user-filters.ts";
import { fieldErrorText } from "#client/lib/field-error-text.ts";

describe("filters kept in the URL", () => {
  it("reads user filters and drops values the API would refuse", () => {
    const params = new URLSearchParams("q=%20Oldenburg%20&role=admin&active=maybe");
    expect(userFiltersFrom(params)).toEqual({ q: "Oldenburg", role: "admin" });
    expect(userFiltersFrom(new URLSearchParams("role=chef"))).toEqual({});
  });

  it("round-trips audit filters through the URL without empty values", () => {
    const params = auditFiltersToParams({ action: "auth.login", entity: "", from: "2026-11-01" });
    expect(params.toString()).toBe("action=auth.login&from=2026-11-01");
    expect(auditFiltersFrom(params)).toEqual({ action: "auth.login", from: "2026-11-01" });
  });

  it("keeps a known kind of person access and a person, and drops an unknown kind", () => {
    const params = new URLSearchParams("kind=export&personId=p-1&action=auth.login");
    expect(auditFiltersFrom(params)).toEqual({ kind: "export", personId: "p-1", action: "auth.login" });
    expect(auditFiltersFrom(new URLSearchParams("kind=peek"))).toEqual({});
  });

  it("refuses an audit period that ends before it starts, in words", () => {
    const result = AuditFiltersSchema.safeParse({ from: "2026-11-25", to: "2026-11-01" });
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.path).toEqual(["to"]);
    expect(fieldErrorText({ type: issue?.code, message: issue?.message }, "en")).toEqual({
      key: "validation.dateRange",
    });
  });
});
