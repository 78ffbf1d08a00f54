import type { Compilable, CompiledQuery } from "kysely";
import type { DbOrTx } from "./database.ts";

const MARK = "\u0000shape-value-";
type Shape = { compiled: CompiledQuery; slots: (number | null)[] } | "uncacheable";
const shapesByDb = new WeakMap<object, Map<string, Shape>>();

/** Stands in for the i-th value while a query shape is built once; the real values replace it per run. */
export type ShapeValue = (index: number) => never;

/**
 * Runs a query whose SQL depends only on `shapeKey`, building and compiling it once per database and
 * shape, then executing the cached SQL with this request's values — Kysely otherwise rebuilds and
 * recompiles the whole statement on every request. A shape whose values do not reach the SQL as plain
 * parameters (say, one folded into a LIKE pattern) is simply built every time, and so is a query with
 * `shapeKey` null — for shapes that depend on free user input, which must not grow the cache.
 * Shapes are cached per `db` object; inside a transaction (a new object each time) pass the outer database
 * as `db`, build the query on it, and the transaction as `runOn`: the SQL is the same, it runs in the transaction.
 */
export async function executeShaped<Row>(
  db: DbOrTx,
  shapeKey: string | null,
  values: readonly unknown[],
  build: (value: ShapeValue) => Compilable<Row>,
  runOn: DbOrTx = db,
): Promise<Row[]> {
  const buildNow = async () =>
    (await runOn.executeQuery<Row>(build(((index: number) => values[index]) as ShapeValue).compile())).rows;
  if (shapeKey === null) return buildNow();
  let shapes = shapesByDb.get(db);
  if (!shapes) {
    shapes = new Map();
    shapesByDb.set(db, shapes);
  }
  let shape = shapes.get(shapeKey);
  if (!shape) {
    const compiled = build(((index: number) => `${MARK}${index}`) as ShapeValue).compile();
    const slots = compiled.parameters.map((parameter) =>
      typeof parameter === "string" && parameter.startsWith(MARK)
        ? Number(parameter.slice(MARK.length))
        : null,
    );
    const reached = new Set(slots.filter((slot): slot is number => slot !== null));
    const everyValueIsAParameter = values.every((value, index) => value === undefined || reached.has(index));
    const noMarkHidden = compiled.parameters.every(
      (parameter, index) => slots[index] !== null || !String(parameter).includes(MARK),
    );
    shape = everyValueIsAParameter && noMarkHidden ? { compiled, slots } : "uncacheable";
    shapes.set(shapeKey, shape);
  }
  if (shape === "uncacheable") return buildNow();
  const { compiled, slots } = shape;
  const parameters = compiled.parameters.map((parameter, index) => {
    const slot = slots[index];
    return slot === null || slot === undefined ? parameter : values[slot];
  });
  return (await runOn.executeQuery<Row>({ ...compiled, parameters })).rows;
}
