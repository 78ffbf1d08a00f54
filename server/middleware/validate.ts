import { validator } from "hono/validator";
import { z } from "zod";
import { say } from "#shared/api/issue-messages.ts";
import { IdSchema } from "#shared/schemas/common.ts";
import { validationFailed } from "../lib/errors.ts";
import { nulCharacterAt, toFieldIssues } from "../lib/field-issues.ts";

function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const nul = nulCharacterAt(value);
  if (nul)
    throw validationFailed([{ path: nul, message: say("control_character", { character: "U+0000" }) }]);
  const result = schema.safeParse(value);
  if (!result.success) throw validationFailed(toFieldIssues(result.error));
  return result.data;
}

/** Tags a validator with its schema, so tests can find a route's body, query and path schemas. */
export const declaredSchema = Symbol("declaredSchema");
export type DeclaredSchema = { target: "json" | "query" | "param"; schema: z.ZodType };

const tagged = <M extends object>(middleware: M, target: DeclaredSchema["target"], schema: z.ZodType) =>
  Object.assign(middleware, { [declaredSchema]: { target, schema } satisfies DeclaredSchema });

export const jsonBody = <S extends z.ZodType>(schema: S) =>
  tagged(
    validator("json", (value: unknown) => parseWith(schema, value)),
    "json",
    schema,
  );

export const queryParams = <S extends z.ZodType>(schema: S) =>
  tagged(
    validator("query", (value: unknown) => parseWith(schema, value)),
    "query",
    schema,
  );

export const pathParams = <S extends z.ZodType>(schema: S) =>
  tagged(
    validator("param", (value: unknown) => parseWith(schema, value)),
    "param",
    schema,
  );

/** The `:id` of a record route. */
export const idParam = pathParams(z.object({ id: IdSchema }));
