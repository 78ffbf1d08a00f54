import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import de from "#client/features/audit/locales/de.json";
import en from "#client/features/audit/locales/en.json";
import { auditActionKey, auditActions, auditEntities } from "#client/features/audit/utils/audit-labels.ts";
import { repoRoot } from "#server/lib/client-build.ts";
import { accessAreaOf, accessKindOf } from "#shared/audit/access-kind.ts";

/** Every `action: "…"` and `entity: "…"` the server writes into the audit log, read from its sources. */
function written(kind: "action" | "entity"): string[] {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith(".ts"))
        for (const match of fs.readFileSync(file, "utf8").matchAll(new RegExp(`${kind}: "([a-z_.]+)"`, "g")))
          if (match[1]) found.add(match[1]);
    }
  };
  walk(path.join(repoRoot, "server"));
  return [...found].sort();
}

const label = (catalogue: typeof de, group: "actions" | "entities", key: string) =>
  (catalogue[group] as Record<string, string>)[key];

describe("the audit log speaks German and English", () => {
  it("has a label in both languages for every action the server writes", () => {
    const actions = written("action");
    expect(actions.length).toBeGreaterThan(50);
    const unlabelled = actions.filter((action) => {
      const key = auditActionKey(action)?.replace("audit.actions.", "");
      return !key || !label(de, "actions", key) || !label(en, "actions", key);
    });
    expect(unlabelled).toEqual([]);
    expect([...auditActions].sort()).toEqual(expect.arrayContaining(actions));
  });

  it("names every object the server writes in both languages", () => {
    const missing = written("entity").filter(
      (entity) =>
        !(auditEntities as readonly string[]).includes(entity) ||
        !label(de, "entities", entity) ||
        !label(en, "entities", entity),
    );
    expect(missing).toEqual([]);
  });
});

describe("a person's access history in words", () => {
  it("tells reads, changes and releases apart by the last part of the action", () => {
    expect(accessKindOf("person.read")).toBe("read");
    expect(accessKindOf("agency.person.read")).toBe("read");
    expect(accessKindOf("matching.offers")).toBe("read");
    expect(accessKindOf("person.update")).toBe("change");
    expect(accessKindOf("case.transition")).toBe("change");
    expect(accessKindOf("placement.contact_release")).toBe("release");
    expect(accessKindOf("person.export")).toBe("export");
    expect(accessKindOf("person.anonymise")).toBe("anonymisation");
  });

  it("names the part of the record, or 'other'", () => {
    expect(accessAreaOf("agency.person.read")).toBe("agency");
    expect(accessAreaOf("consent.list")).toBe("consent");
    expect(accessAreaOf("auth.login")).toBe("other");
  });
});
