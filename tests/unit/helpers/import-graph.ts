import path from "node:path";

const importPattern =
  /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

/** The path aliases of package.json `imports`: `#shared/x.ts` is `shared/x.ts`. */
const aliases: ReadonlyArray<readonly [string, string]> = [
  ["#shared/", "shared/"],
  ["#server/", "server/"],
  ["#client/", "client/src/"],
];

/** The repository-relative file a specifier names, or undefined for a package import. */
export function resolveSpecifier(file: string, specifier: string): string | undefined {
  if (specifier.startsWith("."))
    return path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
  for (const [alias, folder] of aliases)
    if (specifier.startsWith(alias)) return folder + specifier.slice(alias.length);
  return undefined;
}

/** The repository-relative files a source file imports (relative and aliased specifiers). */
export function importsOf(file: string, source: string, exists: (file: string) => boolean): string[] {
  const targets: string[] = [];
  for (const match of source.matchAll(importPattern)) {
    const specifier = match[1] ?? match[2];
    const target = specifier === undefined ? undefined : resolveSpecifier(file, specifier);
    if (target !== undefined && exists(target)) targets.push(target);
  }
  return targets;
}

/** Strongly connected components with more than one member (Tarjan): each one is a cycle. */
export function cyclesOf(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
      onStack.delete(member);
      component.push(member);
      if (member === node) break;
    }
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}
