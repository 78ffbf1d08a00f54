import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import packageJson from "../../package.json" with { type: "json" };

/**
 * Imports read well (docs/architecture.md): a file reaches shared/, server/ or client/src/ from outside that
 * area, or from three folders down, through its alias (#shared/…, #server/…, #client/…), never through a chain
 * of ../../../ .
 */
const root = path.resolve(import.meta.dirname, "../..");
const areas = ["client/src/", "shared/", "server/", "tests/", "bench/"];
const aliased: Record<string, string> = {
  "client/src/": "#client/",
  "shared/": "#shared/",
  "server/": "#server/",
};
const specifierPattern = /(?:\bfrom|\bimport\(?|vi\.mock\()\s*["'](\.{1,2}\/[^"']*)["']/g;

function sourceFiles(folder: string): string[] {
  return fs
    .readdirSync(path.join(root, folder), { withFileTypes: true, recursive: true })
    .flatMap((entry) => {
      const file = path.posix.join(
        path.relative(root, entry.parentPath).split(path.sep).join("/"),
        entry.name,
      );
      return entry.isFile() && /\.(ts|tsx)$/.test(entry.name) && !file.includes("node_modules") ? [file] : [];
    });
}

/** The chains that should be aliases, as "file: specifier". */
function chainsIn(file: string, source: string): string[] {
  const own = areas.find((area) => file.startsWith(area));
  return [...source.matchAll(specifierPattern)].flatMap(([, specifier = ""]) => {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
    const area = Object.keys(aliased).find((folder) => target.startsWith(folder));
    if (area === undefined) return [];
    const climbs = specifier.split("/").filter((part) => part === "..").length;
    return area !== own || climbs >= 3 ? [`${file}: ${specifier}`] : [];
  });
}

describe("import paths", () => {
  it("maps each alias to its folder in package.json", () => {
    expect(packageJson.imports).toEqual({
      "#shared/*": "./shared/*",
      "#server/*": "./server/*",
      "#client/*": "./client/src/*",
    });
  });

  it("finds a chain that crosses areas or climbs three folders", () => {
    expect(chainsIn("server/modules/a/a.ts", 'import { x } from "../../../shared/x.ts";')).toEqual([
      "server/modules/a/a.ts: ../../../shared/x.ts",
    ]);
    expect(chainsIn("client/src/features/a/b/c.ts", 'import { y } from "../../../lib/y.ts";')).toHaveLength(
      1,
    );
    expect(chainsIn("server/modules/a/a.ts", 'import { z } from "../../db/z.ts";')).toEqual([]);
    expect(chainsIn("tests/api/a.test.ts", 'import { w } from "../factories/w.ts";')).toEqual([]);
  });

  it("uses the aliases instead of ../ chains everywhere", () => {
    const chains = ["client/src", "server", "shared", "tests", "bench"]
      .flatMap(sourceFiles)
      .flatMap((file) => chainsIn(file, fs.readFileSync(path.join(root, file), "utf8")));
    expect(chains).toEqual([]);
  });
});
