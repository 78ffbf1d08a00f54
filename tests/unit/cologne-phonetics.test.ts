import { describe, expect, it } from "vitest";
import { cologneDigits, colognePhonetic } from "#shared/names/cologne-phonetics.ts";

describe("Kölner Phonetik", () => {
  it("gives Mayer, Meier, Maier and Meyer the same code", () => {
    const codes = ["Mayer", "Meier", "Maier", "Meyer"].map(colognePhonetic);
    expect(new Set(codes)).toEqual(new Set(["67"]));
  });

  it("codes the published examples", () => {
    expect(cologneDigits("Müller-Lüdenscheidt")).toBe("60550750206880022");
    expect(colognePhonetic("Müller-Lüdenscheidt")).toBe("65752682");
    expect(colognePhonetic("Wikipedia")).toBe("3412");
    expect(colognePhonetic("Breschnew")).toBe("17863");
  });

  it("folds umlauts and ß and ignores what is not a letter", () => {
    expect(colognePhonetic("Müller")).toBe(colognePhonetic("Mueller"));
    expect(colognePhonetic("Weiß")).toBe(colognePhonetic("Weiss"));
    expect(colognePhonetic("Schmidt")).toBe(colognePhonetic("Schmitt"));
    expect(colognePhonetic("")).toBe("");
  });

  it("follows the context rules for C, X, D/T and P", () => {
    expect(cologneDigits("Carsten")).toBe("4078206");
    expect(colognePhonetic("Cäsar")).toBe("487");
    expect(cologneDigits("Xaver")).toBe("480307");
    expect(cologneDigits("Philipp")).toBe("305011");
    expect(cologneDigits("Dietz")).toBe("20088");
    expect(cologneDigits("Hexe")).toBe("0480");
    expect(cologneDigits("Zack")).toBe("8044");
    expect(cologneDigits("Zacharias")).toBe("80407008");
  });
});
