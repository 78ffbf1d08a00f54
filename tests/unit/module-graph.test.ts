import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cyclesOf, importsOf } from "./helpers/import-graph.ts";

/**
 * The server's modules form a tree (docs/architecture.md): no cycle between modules or files, no module importing
 * another module's repository, and no service reaching into the HTTP middleware.
 */
const root = path.resolve(import.meta.dirname, "../..");
const modulesDir = "server/modules";

const serverFiles = (fs.readdirSync(path.join(root, "server"), { recursive: true }) as string[])
  .filter((file) => /\.tsx?$/.test(file))
  .map((file) => path.posix.join("server", file.split(path.sep).join("/")));

const moduleOf = (file: string) =>
  file.startsWith(`${modulesDir}/`) ? (file.slice(modulesDir.length + 1).split("/")[0] ?? null) : null;

const fileSet = new Set(serverFiles);
const fileImports = new Map(
  serverFiles.map((file) => [
    file,
    new Set(importsOf(file, fs.readFileSync(path.join(root, file), "utf8"), (target) => fileSet.has(target))),
  ]),
);
const crossModuleImports = [...fileImports].flatMap(([file, targets]) =>
  [...targets]
    .map((target) => ({ file, target, from: moduleOf(file), to: moduleOf(target) }))
    .filter((edge) => edge.from !== null && edge.to !== null && edge.from !== edge.to),
);
const moduleGraph = new Map<string, Set<string>>();
for (const edge of crossModuleImports) {
  if (!edge.from || !edge.to) continue;
  const targets = moduleGraph.get(edge.from) ?? new Set<string>();
  targets.add(edge.to);
  moduleGraph.set(edge.from, targets);
}

describe("the server's module graph", () => {
  it("finds a cycle where there is one, and reads import specifiers relative to the importing file", () => {
    const graph = new Map([
      ["a", new Set(["b"])],
      ["b", new Set(["c"])],
      ["c", new Set(["a"])],
      ["d", new Set(["a"])],
    ]);
    expect(cyclesOf(graph)).toEqual([["a", "b", "c"]]);
    expect(cyclesOf(new Map([["a", new Set(["b"])]]))).toEqual([]);
    const source = 'import { x } from "../persons/persons.repository.ts";\nimport type { Y } from "hono";';
    expect(importsOf("server/modules/cases/cases.service.ts", source, () => true)).toEqual([
      "server/modules/persons/persons.repository.ts",
    ]);
    const aliased =
      'import { y } from "#server/modules/tasks/tasks.repository.ts";\nimport { z } from "#shared/a.ts";';
    expect(importsOf("server/modules/cases/cases.service.ts", aliased, () => true)).toEqual([
      "server/modules/tasks/tasks.repository.ts",
      "shared/a.ts",
    ]);
  });

  it("has no cycle between modules", () => {
    const report = cyclesOf(moduleGraph).map((cycle) =>
      cycle
        .map((from) =>
          crossModuleImports
            .filter((edge) => edge.from === from && edge.to && cycle.includes(edge.to))
            .map((edge) => `${edge.file} → ${edge.target}`)
            .join("\n"),
        )
        .join("\n"),
    );
    expect(report).toEqual([]);
  });

  it("has no cycle between files", () => {
    expect(cyclesOf(fileImports)).toEqual([]);
  });

  it("imports no other module's repository: other modules call the owner's service", () => {
    const foreign = crossModuleImports
      .filter((edge) => edge.target.endsWith(".repository.ts"))
      .map((edge) => `${edge.file} → ${edge.target}`);
    expect(foreign).toEqual([]);
  });

  it("keeps services, repositories and cross-centre queries free of the HTTP middleware", () => {
    const reaching = [...fileImports]
      .filter(([file]) => /\.(service|repository|cross-centre)\.ts$/.test(file))
      .flatMap(([file, targets]) =>
        [...targets]
          .filter((target) => target.startsWith("server/middleware/"))
          .map((target) => `${file} → ${target}`),
      );
    expect(reaching).toEqual([]);
  });

  it("reads a graph of the size the tree really has (the scan sees the modules)", () => {
    expect(moduleGraph.size).toBeGreaterThan(20);
    expect(crossModuleImports.length).toBeGreaterThan(50);
  });
});
