import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { multiLineText, singleLineText } from "#shared/schemas/common.ts";
import { CompanyCreateSchema } from "#shared/schemas/company.ts";
import { PersonCreateSchema } from "#shared/schemas/person.ts";

const name = singleLineText().min(1).max(100);
const notes = multiLineText().max(5000);

const messageOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? null : result.error.issues.map((issue) => issue.message);
};

describe("single-line text", () => {
  it.each([
    ["a control character", "Ali\u0007ev", "Enthält ein unzulässiges Steuerzeichen (U+0007)"],
    ["DEL", "Ali\u007fev", "Enthält ein unzulässiges Steuerzeichen (U+007F)"],
    ["a C1 control character", "Ali\u0085ev", "Enthält ein unzulässiges Steuerzeichen (U+0085)"],
    ["a tab", "Ali\tev", "Enthält ein unzulässiges Steuerzeichen (U+0009)"],
    ["a line break", "Ali\nev", "Darf keinen Zeilenumbruch enthalten"],
    ["a line separator", "Ali\u2028ev", "Darf keinen Zeilenumbruch enthalten"],
    [
      "a right-to-left override",
      "Ali\u202Eve",
      "Enthält ein unzulässiges Steuerzeichen für die Schreibrichtung (U+202E)",
    ],
    [
      "a left-to-right embedding",
      "\u202AAliev",
      "Enthält ein unzulässiges Steuerzeichen für die Schreibrichtung (U+202A)",
    ],
    [
      "a first-strong isolate",
      "Ali\u2068ev\u2069",
      "Enthält ein unzulässiges Steuerzeichen für die Schreibrichtung (U+2068)",
    ],
    ["a zero-width space", "Ali\u200Bev", "Enthält ein unsichtbares Zeichen (U+200B)"],
    ["a right-to-left mark", "Aliev\u200F", "Enthält ein unsichtbares Zeichen (U+200F)"],
    ["a word joiner", "Ali\u2060ev", "Enthält ein unsichtbares Zeichen (U+2060)"],
    ["a soft hyphen", "Ali\u00ADev", "Enthält ein unsichtbares Zeichen (U+00AD)"],
    ["a Hangul filler as the whole name", "\u3164", "Enthält ein unsichtbares Zeichen (U+3164)"],
    ["a tag character", "Ali\u{E0041}ev", "Enthält ein unsichtbares Zeichen (U+E0041)"],
    [
      "a zero-width joiner between a letter and a space",
      "Ali\u200D ev",
      "Enthält ein unsichtbares Zeichen (U+200D)",
    ],
    ["a zero-width non-joiner at the end", "Aliev\u200Cx\u200C", "Enthält ein unsichtbares Zeichen (U+200C)"],
    ["a zero-width non-joiner between digits", "12\u200C34", "Enthält ein unsichtbares Zeichen (U+200C)"],
    ["a lone surrogate", "Ali\uD800ev", "Enthält ein ungültiges Zeichen (U+D800)"],
  ])("refuses %s, naming it, and only that", (_label, value, message) => {
    expect(messageOf(name, value)).toEqual([message]);
  });

  it("keeps what real scripts need: Arabic/Persian with ZWNJ, Devanagari with ZWJ, emoji sequences", () => {
    for (const text of [
      "علی\u200Cزاده",
      "می\u200Cخواهم",
      "लक्ष्\u200Dमी",
      "क्\u200Dष",
      "Tischlerei 👩\u200D🔧",
      "Nguyễn Thị Ánh",
      "Øystein O’Brien-Søndergård",
      "Ivan Petrov\u00A0Jr.",
      "李小龍",
    ])
      expect(name.parse(text), text).toBe(text.normalize("NFC"));
  });

  it("stores NFC: decomposed umlauts and Vietnamese combining marks come out composed", () => {
    expect(name.parse("Mu\u0308ller")).toBe("M\u00FCller");
    const decomposed = "Nguye\u0302\u0303n Thi\u0323 A\u0301nh";
    const stored = name.parse(decomposed);
    expect(stored).toBe("Nguyễn Thị Ánh");
    expect(stored).not.toBe(decomposed);
    expect(stored.length).toBe(14);
  });

  it("checks the length after composing and trimming", () => {
    expect(singleLineText().max(6).parse("  Mu\u0308ller  ")).toBe("Müller");
    expect(messageOf(singleLineText().min(1, { error: "Bitte ausfüllen" }), " \n ")).toEqual([
      "Bitte ausfüllen",
    ]);
  });
});

describe("multi-line text", () => {
  it("keeps line breaks and tabs, with CRLF as LF, composed", () => {
    expect(notes.parse("Termin:\r\n\t- Pa\u0308sse\rprüfen\n")).toBe("Termin:\n\t- Pässe\nprüfen");
  });

  it.each([
    ["a control character", "Anruf\u0000", "Enthält ein unzulässiges Steuerzeichen (U+0000)"],
    ["an escape sequence", "rot \u001b[31m", "Enthält ein unzulässiges Steuerzeichen (U+001B)"],
    [
      "a right-to-left override",
      "Notiz \u202Etxt.exe",
      "Enthält ein unzulässiges Steuerzeichen für die Schreibrichtung (U+202E)",
    ],
    [
      "a pop directional isolate",
      "Notiz\u2069",
      "Enthält ein unzulässiges Steuerzeichen für die Schreibrichtung (U+2069)",
    ],
  ])("refuses %s", (_label, value, message) => {
    expect(messageOf(notes, value)).toEqual([message]);
  });
});

describe("the entity schemas", () => {
  const person = {
    familyName: "Kovalenko",
    givenNames: "Olena",
    birthDate: "1991-05-04",
    nationality: "UA",
    district: "lk-hildesheim",
  };
  const pathsOf = (schema: z.ZodType, value: unknown) => {
    const result = schema.safeParse(value);
    return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
  };

  it("use the text rules for every single-line field of a person and name the field", () => {
    for (const field of ["familyName", "givenNames", "nameLatin", "phone", "email", "recognitionMeasure"])
      expect(pathsOf(PersonCreateSchema, { ...person, [field]: "x\u202Ey" }), field).toContain(field);
    expect(
      pathsOf(PersonCreateSchema, {
        ...person,
        qualifications: [{ occupation: "26212", title: "Elek\u200Btriker", country: "UA", year: 2015 }],
      }),
    ).toEqual(["qualifications.0.title"]);
    expect(PersonCreateSchema.parse({ ...person, notes: "Zeile 1\nZeile 2" }).notes).toBe("Zeile 1\nZeile 2");
  });

  it("use them for company names, contact names, functions, e-mails and phones", () => {
    const contact = { name: "Ina Brandt", function: null, email: null, phone: null };
    const company = { name: "Tischlerei Brandt", district: "lk-hildesheim", contacts: [contact] };
    expect(pathsOf(CompanyCreateSchema, { ...company, name: "Tischlerei\u2066Brandt" })).toEqual(["name"]);
    for (const field of ["name", "function", "email", "phone"])
      expect(
        pathsOf(CompanyCreateSchema, { ...company, contacts: [{ ...contact, [field]: "a\u0008b" }] }),
        field,
      ).toEqual([`contacts.0.${field}`]);
  });
});
