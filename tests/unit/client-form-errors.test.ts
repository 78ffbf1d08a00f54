import fs from "node:fs";
import path from "node:path";
import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldError, FieldErrors } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorText } from "#client/lib/field-error-text.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";
import { PersonCreateSchema, QualificationSchema } from "#shared/schemas/person.ts";

const resolverOptions = { fields: {}, shouldUseNativeValidation: false } as const;

/** What the new-person form submits when nothing has been typed yet. */
const emptyNewPerson = {
  familyName: "",
  givenNames: "",
  nameLatin: null,
  birthDate: "",
  gender: null,
  nationality: "",
  languages: [],
  email: null,
  phone: null,
  district: undefined,
  fastTrack81a: false,
};

async function messageKeys(schema: z.ZodType, values: Record<string, unknown>, language: "de" | "en" = "de") {
  const resolver = withRequiredErrors(zodResolver(schema as never));
  const result = await resolver(values as never, undefined, resolverOptions as never);
  const errors = result.errors as FieldErrors;
  const keys: Record<string, string> = {};
  for (const [field, error] of Object.entries(errors)) {
    const text = fieldErrorText(error as FieldError, language);
    keys[field] = "key" in text ? text.key : `text:${text.text}`;
  }
  return keys;
}

describe("form error messages", () => {
  it("says 'Bitte ausfüllen.' for every empty required field of the new-person form", async () => {
    const keys = await messageKeys(PersonCreateSchema, emptyNewPerson);
    expect(keys).toEqual({
      familyName: "validation.required",
      givenNames: "validation.required",
      birthDate: "validation.required",
      nationality: "validation.required",
      district: "validation.required",
    });
    expect(await messageKeys(PersonCreateSchema, emptyNewPerson, "en")).toEqual(keys);
  });

  it("tells a wrong format, a future date and a date before 1900 apart from a missing one", async () => {
    const birthDate = async (value: string) =>
      (await messageKeys(PersonCreateSchema, { ...emptyNewPerson, birthDate: value })).birthDate;
    expect(await birthDate("31.12.1990")).toBe("validation.invalidFormat");
    expect(await birthDate("2999-01-01")).toBe("validation.futureDate");
    expect(await birthDate("1850-01-01")).toBe("validation.before1900");
    expect(await birthDate("  ")).toBe("validation.required");
  });

  it("says a number is out of range instead of asking to fill it in", async () => {
    const qualification = { occupation: "22342", title: null, country: "SY" };
    expect((await messageKeys(QualificationSchema, { ...qualification, year: 2500 })).year).toBe(
      "validation.outOfRange",
    );
    expect((await messageKeys(QualificationSchema, { ...qualification, year: 1900 })).year).toBe(
      "validation.yearFrom1950",
    );
    expect((await messageKeys(QualificationSchema, { ...qualification, year: Number.NaN })).year).toBe(
      "validation.required",
    );
  });

  it("keeps a message that already names what is missing", async () => {
    const schema = z.object({ concerns: z.array(z.string()).min(1, { error: "Mindestens ein Anliegen" }) });
    expect(await messageKeys(schema, { concerns: [] })).toEqual({ concerns: "validation.concernRequired" });
  });

  it("is used by every form that validates with a zod schema", () => {
    const root = path.resolve(import.meta.dirname, "../../client/src");
    const unwrapped: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(entry.name)) {
          const source = fs.readFileSync(full, "utf8");
          const calls = source.match(/zodResolver\(/g)?.length ?? 0;
          const wrapped = source.match(/withRequiredErrors\(zodResolver\(/g)?.length ?? 0;
          if (calls !== wrapped) unwrapped.push(path.relative(root, full));
        }
      }
    };
    walk(root);
    expect(unwrapped).toEqual([]);
  });
});
