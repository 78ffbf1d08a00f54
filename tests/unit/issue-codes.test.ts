import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fieldErrorText } from "#client/lib/field-error-text.ts";
import de from "#client/locales/de.json";
import en from "#client/locales/en.json";
import { repoRoot } from "#server/lib/client-build.ts";
import { toFieldIssues } from "#server/lib/field-issues.ts";
import { FieldIssueSchema } from "#shared/api/errors.ts";
import {
  issueCodes,
  issueOfMessage,
  rememberIssue,
  say,
  serverIssueCodes,
} from "#shared/api/issue-messages.ts";
import { serverGerman } from "#shared/api/server-issue-messages.ts";
import { PasswordSchema, singleLineText } from "#shared/schemas/common.ts";
import { CompanyCreateSchema } from "#shared/schemas/company.ts";
import { PersonCreateSchema } from "#shared/schemas/person.ts";

const issuesOf = (result: { error?: import("zod").ZodError }) => {
  if (!result.error) throw new Error("expected the value to be refused");
  return toFieldIssues(result.error);
};

const sampleParams = { count: 3, character: "U+0007", provider: "Goethe-Institut", level: "B1" };
const messageOf = (code: (typeof issueCodes)[number]) =>
  (say as (c: string, p: object) => string)(code, sampleParams);

describe("field issues carry stable codes (issue 13, item 3)", () => {
  it("gives every code its own German message", () => {
    const messages = issueCodes.map(messageOf);
    expect(new Set(messages).size).toBe(issueCodes.length);
    for (const code of issueCodes) expect(issueOfMessage(messageOf(code))?.code).toBe(code);
  });

  it("sends code, params and the German message for a schema's own rule", () => {
    const issues = issuesOf(PasswordSchema.safeParse("kurz"));
    expect(issues).toEqual([
      { path: "(body)", code: "min_chars", params: { count: 12 }, message: "Mindestens 12 Zeichen" },
    ]);
    expect(FieldIssueSchema.array().parse(issues)).toEqual(issues);
  });

  it("names the refused character in the params, not only in the prose", () => {
    const [issue] = issuesOf(singleLineText().min(1).safeParse("Ali\u202Eev"));
    expect(issue).toMatchObject({ code: "bidi_control", params: { character: "U+202E" } });
  });

  it("keeps zod's own code and bound where a schema gives no message", () => {
    const issues = issuesOf(CompanyCreateSchema.safeParse({ name: 42 }));
    expect(issues.find((issue) => issue.path === "name")?.code).toBe("invalid_type");
    const person = issuesOf(PersonCreateSchema.safeParse({ familyName: "x".repeat(101) }));
    expect(person.find((issue) => issue.path === "familyName")).toMatchObject({
      code: "max_chars",
      params: { count: 100 },
    });
  });

  it("shows the same words in both languages whatever the German message says", () => {
    // A server that rewords its German message still sends the code: the English text follows the code.
    rememberIssue("Passwort bitte mit mindestens 12 Zeichen", "min_chars", { count: 12 });
    const reworded = { type: "server", message: "Passwort bitte mit mindestens 12 Zeichen" };
    expect(fieldErrorText(reworded, "en")).toEqual({ key: "validation.minChars", count: 12 });
    expect(fieldErrorText({ type: "custom", message: say("end_before_start") }, "en")).toEqual({
      key: "validation.endBeforeStart",
    });
  });

  it("has a catalogue text in German and English for every key the client maps a code to", () => {
    const has = (catalogue: Record<string, unknown>, key: string) => {
      const [, name] = key.split(".");
      const validation = catalogue.validation as Record<string, string>;
      return Boolean(validation[name as string] ?? validation[`${name}_other`]);
    };
    for (const code of issueCodes) {
      const text = fieldErrorText({ type: "custom", message: messageOf(code) }, "en");
      if (!("key" in text) || text.key === "validation.invalid") continue;
      expect(has(de, text.key), `${code} → ${text.key} (de)`).toBe(true);
      expect(has(en, text.key), `${code} → ${text.key} (en)`).toBe(true);
    }
  });

  it("finds no prose message in schemas or services: every issue is made by say(code)", () => {
    const offenders: string[] = [];
    const prose = /(?:\b(?:error|message):\s*|fieldError\([^,()]+,\s*)(["`])[A-ZÄÖÜ„0-9]/;
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.tsx?$/.test(entry.name) && !file.includes(`${path.sep}seed${path.sep}`)) {
          fs.readFileSync(file, "utf8")
            .split("\n")
            .forEach((line, index) => {
              if (prose.test(line) && !/new ApiError|conflict\(|forbidden\(|notFound\(/.test(line))
                offenders.push(`${path.relative(repoRoot, file)}:${index + 1}`);
            });
        }
      }
    };
    for (const dir of [
      "shared/schemas",
      "shared/reference",
      "shared/stats",
      "server/modules",
      "server/middleware",
    ])
      walk(path.join(repoRoot, dir));
    expect(offenders).toEqual([]);
  });

  it("names the server's own codes in the shared list, so the browser knows them without their texts", () => {
    expect([...serverIssueCodes].sort()).toEqual(Object.keys(serverGerman).sort());
    expect(issueCodes).toEqual(expect.arrayContaining([...serverIssueCodes]));
  });
});
