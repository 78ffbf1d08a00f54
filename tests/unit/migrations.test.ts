import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { migrations } from "../../migrations/index.ts";

describe("migrations", () => {
  it("lists every migration file of the folder, in file-name order", () => {
    const files = fs
      .readdirSync(new URL("../../migrations", import.meta.url))
      .filter((name) => name !== "index.ts" && name.endsWith(".ts"))
      .map((name) => name.replace(/\.ts$/, ""))
      .sort();
    expect(Object.keys(migrations)).toEqual(files);
  });

  it("import nothing from the application", () => {
    for (const name of fs.readdirSync(new URL("../../migrations", import.meta.url))) {
      const source = fs.readFileSync(new URL(`../../migrations/${name}`, import.meta.url), "utf8");
      expect(source, name).not.toMatch(/from "(\.\.\/|#)(server|shared|client)/);
    }
  });
});
