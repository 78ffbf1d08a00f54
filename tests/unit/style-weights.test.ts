import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const stylesDir = path.resolve(import.meta.dirname, "../../client/src/styles");
/** The tokens themselves are the one place with numeric weights. */
const tokenFiles = new Set(["tokens.css"]);

function declarations(file: string) {
  const css = fs.readFileSync(path.join(stylesDir, file), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
  return [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].flatMap(([, selector = "", body = ""]) =>
    [...body.matchAll(/font-weight:\s*([^;]+);/g)].map(([, value = ""]) => ({
      file,
      selector: selector.trim(),
      value: value.trim(),
    })),
  );
}

describe("font weights in the client's styles", () => {
  const all = fs
    .readdirSync(stylesDir)
    .filter((file) => file.endsWith(".css") && !tokenFiles.has(file))
    .flatMap(declarations);

  it("come only from the weight tokens, so bold stays for headings and key figures", () => {
    expect(all.length).toBeGreaterThan(20);
    expect(all.filter(({ value }) => !/^var\(--weight-(normal|medium|strong)\)$/.test(value))).toEqual([]);
  });

  it("never make table cells, labels, buttons or links strong", () => {
    const strongSelectors = all
      .filter(({ value }) => value.includes("--weight-strong"))
      .map((d) => d.selector);
    expect(
      strongSelectors.filter((selector) =>
        /(^|[\s>+~,])(td|th|a|label|button)\b|\.(field|button|filter-chip|badge|[\w-]*link)\b/.test(selector),
      ),
    ).toEqual([]);
  });
});
