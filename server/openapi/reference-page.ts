import type { OpenApiDocument } from "./document.ts";

type Parameter = { name: string; in: string; required: boolean; schema: Record<string, unknown> };
type Operation = {
  operationId: string;
  summary: string;
  tags: string[];
  "x-access": string;
  parameters: Parameter[];
  requestBody?: { content: Record<string, { schema?: Record<string, unknown> }> };
  responses: Record<
    string,
    { $ref?: string; description?: string; content?: Record<string, { schema?: unknown }> }
  >;
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** `$ref`s become links to the schema's section; everything else is escaped JSON. */
const schemaHtml = (schema: unknown) =>
  escapeHtml(JSON.stringify(schema, null, 2)).replace(
    /&#34;#\/components\/schemas\/([A-Za-z0-9]+)&#34;/g,
    (_match, name: string) => `<a href="#schema-${name}">${name}</a>`,
  );

const typeOf = (schema: Record<string, unknown>) =>
  [schema.type, schema.enum ? `one of ${(schema.enum as unknown[]).join(", ")}` : undefined]
    .filter(Boolean)
    .join(": ") || "see schema";

function parametersHtml(parameters: Parameter[]) {
  if (parameters.length === 0) return "";
  const rows = parameters
    .map(
      (parameter) =>
        `<tr><td><code>${escapeHtml(parameter.name)}</code></td><td>${parameter.in}</td><td>${
          parameter.required ? "yes" : "no"
        }</td><td>${escapeHtml(typeOf(parameter.schema))}</td></tr>`,
    )
    .join("");
  return `<table><caption>Parameters</caption><thead><tr><th scope="col">name</th><th scope="col">in</th><th scope="col">required</th><th scope="col">type</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function bodyHtml(content: Record<string, { schema?: unknown }> | undefined) {
  return Object.entries(content ?? {})
    .map(([mediaType, { schema }]) => {
      const name = (schema as { $ref?: string } | undefined)?.$ref?.replace("#/components/schemas/", "");
      if (schema === undefined) return `<p><code>${escapeHtml(mediaType)}</code></p>`;
      if (name) return `<p><code>${escapeHtml(mediaType)}</code> <a href="#schema-${name}">${name}</a></p>`;
      return `<details><summary><code>${escapeHtml(mediaType)}</code></summary><pre>${schemaHtml(schema)}</pre></details>`;
    })
    .join("");
}

function operationHtml(method: string, path: string, operation: Operation) {
  const successes = Object.entries(operation.responses).filter(([, response]) => !response.$ref);
  const errors = Object.entries(operation.responses)
    .filter(([, response]) => response.$ref)
    .map(([status]) => status);
  return `<section class="operation" id="${escapeHtml(operation.operationId)}">
<h3><span class="method method-${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(operation.summary)} · access <code>${escapeHtml(operation["x-access"])}</code></p>
${parametersHtml(operation.parameters)}
${operation.requestBody ? `<h4>Request body</h4>${bodyHtml(operation.requestBody.content)}` : ""}
<h4>Responses</h4>
<ul>${successes
    .map(
      ([status, response]) =>
        `<li><strong>${status}</strong> ${bodyHtml(response.content) || "no body"}</li>`,
    )
    .join("")}<li><a href="#errors">Error envelope</a>: ${errors.join(", ")}</li></ul>
</section>`;
}

/** A readable reference of the document, rendered once on the server: no script, no external files. */
export function referencePage(document: OpenApiDocument) {
  const byTag = new Map<string, string[]>();
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations as Record<string, Operation>)) {
      const tag = operation.tags[0] ?? "api";
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationHtml(method, path, operation)]);
    }
  }
  const tags = [...byTag.keys()].sort();
  const schemas = Object.entries(document.components.schemas)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([name, schema]) =>
        `<details id="schema-${name}"><summary><code>${name}</code></summary><pre>${schemaHtml(schema)}</pre></details>`,
    )
    .join("\n");
  const errorStatuses = Object.entries(document.components.responses)
    .map(
      ([name, response]) =>
        `<li><code>${name.replace("Error", "")}</code> ${escapeHtml(String((response as { description: string }).description))}</li>`,
    )
    .join("");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ankommen API reference</title>
<link rel="stylesheet" href="/api/docs.css">
</head>
<body>
<header><h1>Ankommen API reference</h1>
<p>${escapeHtml(String(document.info.description))}</p>
<p>The machine-readable contract: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p></header>
<nav aria-label="Resources"><ul>${tags.map((tag) => `<li><a href="#tag-${tag}">${tag}</a></li>`).join("")}<li><a href="#errors">errors</a></li><li><a href="#schemas">schemas</a></li></ul></nav>
<main>
${tags.map((tag) => `<section id="tag-${tag}"><h2>${tag}</h2>${(byTag.get(tag) ?? []).join("\n")}</section>`).join("\n")}
<section id="errors"><h2>Errors</h2><p>Every error answers <a href="#schema-ErrorEnvelope">ErrorEnvelope</a>; a 422's <code>details</code> are <a href="#schema-FieldIssue">FieldIssue</a>s.</p><ul>${errorStatuses}</ul></section>
<section id="schemas"><h2>Schemas</h2>
${schemas}
</section>
</main>
</body>
</html>`;
}

export const referenceStyles = `body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 1rem 2rem; line-height: 1.5; color: #1a1a1a; }
nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; padding: 0; }
.operation { border-top: 1px solid #ccc; padding: 0.5rem 0; }
.method { display: inline-block; min-width: 4.5rem; padding: 0 0.4rem; border-radius: 0.25rem; color: #fff; background: #4a4a4a; font-size: 0.85rem; text-align: center; }
.method-get { background: #1f5f99; } .method-post { background: #2a6b2a; } .method-patch, .method-put { background: #8a5a00; } .method-delete { background: #9b1c1c; }
table { border-collapse: collapse; margin: 0.5rem 0; } caption { text-align: left; font-style: italic; }
th, td { border: 1px solid #ccc; padding: 0.2rem 0.5rem; text-align: left; vertical-align: top; }
pre { background: #f4f4f4; padding: 0.5rem; overflow-x: auto; font-size: 0.8rem; }
a { color: #1f5f99; }
`;
