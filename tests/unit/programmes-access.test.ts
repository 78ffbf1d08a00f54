import { describe, expect, it } from "vitest";
import { canVisit } from "#client/app/access.ts";
import { homePathOf, navigationFor } from "#client/app/navigation.ts";

describe("programme catalogue screen", () => {
  it("is open to the roles that may maintain programmes, and admins still land on their users", () => {
    expect(canVisit("advisor", "/programmes")).toBe(true);
    expect(canVisit("admin", "/programmes")).toBe(true);
    expect(canVisit("manager", "/programmes")).toBe(false);
    expect(canVisit("employer", "/programmes")).toBe(false);
    expect(homePathOf("admin")).toBe("/admin/users");
    expect(homePathOf("advisor")).toBe("/");
    expect(navigationFor("admin").map((item) => item.to)).toEqual([
      "/admin/users",
      "/admin/centres",
      "/admin/audit",
      "/admin/retention",
      "/admin/outbox",
      "/programmes",
      "/statistics",
      "/admin/staff-requests",
    ]);
  });
});
