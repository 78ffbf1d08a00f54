import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { openApiPath } from "#server/openapi/document.ts";
import { clientFor } from "../setup/http.ts";
import { apiRoutes } from "../setup/routes.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app } = await setupTestApp();
const anonymous = clientFor(app);

type Document = {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      {
        responses: Record<string, { $ref?: string; content?: Record<string, { schema?: object }> }>;
        requestBody?: unknown;
        parameters: { name: string; in: string }[];
      }
    >
  >;
  components: { schemas: Record<string, object> };
};

async function served(): Promise<Document> {
  const response = await anonymous.get("/api/openapi.json");
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/application\/json/);
  return (await response.json()) as Document;
}

const operationsOf = (document: Document) =>
  Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
  );

describe("the OpenAPI contract", () => {
  it("documents every route the app registered, and no other", async () => {
    const documented = new Set(operationsOf(await served()));
    const registered = apiRoutes(app).map((route) => `${route.method} ${openApiPath(route.path)}`);
    const missing = registered.filter((route) => !documented.has(route));
    expect(missing, `routes missing from server/openapi/route-docs.ts:\n${missing.join("\n")}`).toEqual([]);
    const existing = new Set(registered);
    const stale = [...documented].filter((route) => !existing.has(route));
    expect(stale, `documented routes the app does not have:\n${stale.join("\n")}`).toEqual([]);
  });

  it("is OpenAPI 3.1 with the error envelope on every operation", async () => {
    const document = await served();
    expect(document.openapi).toBe("3.1.0");
    const withoutErrors = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, operation]) => operation.responses["422"]?.$ref !== "#/components/responses/Error422")
        .map(([method]) => `${method} ${path}`),
    );
    expect(withoutErrors).toEqual([]);
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(["ErrorEnvelope", "FieldIssue"]),
    );
  });

  it("gives each route its body, parameters and answers from the shared schemas", async () => {
    const document = await served();
    const createCase = document.paths["/api/cases"]?.post;
    expect(createCase?.requestBody).toEqual({
      required: true,
      content: { "application/json": { schema: { $ref: "#/components/schemas/CaseCreate" } } },
    });
    expect(createCase?.responses["201"]?.content?.["application/json"]?.schema).toEqual({
      $ref: "#/components/schemas/Case",
    });
    const listCases = document.paths["/api/cases"]?.get;
    expect(listCases?.parameters.map((parameter) => `${parameter.in} ${parameter.name}`)).toEqual(
      expect.arrayContaining(["query status", "query cursor", "query limit"]),
    );
    const activity = document.paths["/api/cases/{id}/activities/{activityId}"]?.patch;
    expect(activity?.parameters.map((parameter) => `${parameter.in} ${parameter.name}`)).toEqual([
      "path id",
      "path activityId",
    ]);
    expect(document.paths["/api/stats/requests.csv"]?.get?.responses["200"]?.content).toHaveProperty(
      "text/csv",
    );
  });

  it("holds only schemas a 2020-12 validator compiles", async () => {
    const document = await served();
    const ajv = new Ajv2020({
      strict: false,
      validateFormats: false,
      inlineRefs: false,
      code: { optimize: false },
    });
    ajv.addSchema({ ...document, $id: "https://ankommen.invalid/openapi.json" });
    const broken = Object.keys(document.components.schemas).filter((name) => {
      try {
        ajv.compile({ $ref: `https://ankommen.invalid/openapi.json#/components/schemas/${name}` });
        return false;
      } catch {
        return true;
      }
    });
    expect(broken).toEqual([]);
  });

  it("serves a readable reference page without scripts or external files", async () => {
    const response = await anonymous.get("/api/docs");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toContain("<h1>Ankommen API reference</h1>");
    for (const route of apiRoutes(app)) expect(html).toContain(`<code>${openApiPath(route.path)}</code>`);
    expect(html).not.toMatch(/<script|https?:\/\/(?!json-schema\.org)/);
    const styles = await anonymous.get("/api/docs.css");
    expect(styles.status).toBe(200);
    expect(styles.headers.get("content-type")).toMatch(/text\/css/);
  });
});
