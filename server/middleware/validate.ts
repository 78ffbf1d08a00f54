import { validator } from "hono/validator";
import type { z } from "zod";
import type { FieldIssue } from "../../shared/api/errors.ts";
import { validationFailed } from "../lib/errors.ts";

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      return { path: issue.keys.join(", "), message: "Unbekanntes Feld" };
    }
    return { path: path || "(body)", message: issue.message };
  });
}

function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationFailed(toFieldIssues(result.error));
  return result.data;
}

export const jsonBody = <S extends z.ZodType>(schema: S) =>
  validator("json", (value: unknown) => parseWith(schema, value));

export const queryParams = <S extends z.ZodType>(schema: S) =>
  validator("query", (value: unknown) => parseWith(schema, value));

export const pathParams = <S extends z.ZodType>(schema: S) =>
  validator("param", (value: unknown) => parseWith(schema, value));
