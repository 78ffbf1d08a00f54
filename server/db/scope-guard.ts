import type {
  KyselyPlugin,
  OperationNode,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from "kysely";

/** Every table with a `centre_id` column, including the two where it may be null (audit_log, programmes). */
export const CENTRE_COLUMN_TABLES: ReadonlySet<string> = new Set([
  "companies",
  "users",
  "audit_log",
  "persons",
  "person_name_tokens",
  "person_consents",
  "cases",
  "case_activities",
  "tasks",
  "language_entries",
  "person_agencies",
  "inquiries",
  "programmes",
  "enrolments",
  "offers",
  "placements",
  "staff_requests",
  "esf_participants",
  "retention_postponements",
  "retention_anonymisations",
  "documents",
  "appointments",
  "document_shares",
  "mail_outbox",
  "person_merges",
  "import_runs",
  "duplicate_dismissals",
]);

export class UnscopedQueryError extends Error {
  constructor(operation: string, table: string) {
    super(
      `Unscoped ${operation} of ${table}: centre tables are reached through a CentreScope or crossCentre() (decision 0026)`,
    );
    this.name = "UnscopedQueryError";
  }
}

type Node = { kind: string } & Record<string, unknown>;
type TableRef = { table: string; name: string };

const isNode = (value: unknown): value is Node =>
  typeof value === "object" && value !== null && typeof (value as { kind?: unknown }).kind === "string";

const identifier = (node: unknown): string | undefined =>
  isNode(node) && node.kind === "IdentifierNode" ? String(node.name) : undefined;

function tableRef(node: unknown): TableRef | undefined {
  if (!isNode(node)) return undefined;
  if (node.kind === "TableNode") {
    const table = identifier((node.table as Node).identifier);
    return table ? { table, name: table } : undefined;
  }
  if (node.kind === "AliasNode") {
    const inner = tableRef(node.node);
    const alias = identifier(node.alias);
    return inner && alias ? { table: inner.table, name: alias } : undefined;
  }
  return undefined;
}

const centreTables = (nodes: readonly unknown[]): TableRef[] =>
  nodes
    .map(tableRef)
    .filter((ref): ref is TableRef => ref !== undefined && CENTRE_COLUMN_TABLES.has(ref.table));

/** `centre_id` of this table (qualified by its name or alias, or unqualified when it is the only table). */
function isCentreColumn(node: unknown, ref: TableRef, unqualifiedOk: boolean): boolean {
  if (isNode(node) && node.kind === "RawNode" && isBareReference(node))
    return isCentreColumn((node.parameters as unknown[])[0], ref, unqualifiedOk);
  if (!isNode(node) || node.kind !== "ReferenceNode") return false;
  const column = isNode(node.column) ? identifier(node.column.column) : undefined;
  if (column !== "centre_id") return false;
  if (node.table === undefined) return unqualifiedOk;
  const qualifier = isNode(node.table) ? identifier((node.table.table as Node).identifier) : undefined;
  return qualifier === ref.name;
}

/** `sql.ref("persons.centre_id")` is a raw node around the reference alone. */
function isBareReference(node: Node): boolean {
  const fragments = Array.isArray(node.sqlFragments) ? node.sqlFragments : [];
  const parameters = Array.isArray(node.parameters) ? node.parameters : [];
  return parameters.length === 1 && fragments.every((fragment) => fragment === "");
}

/** A raw equality such as `sql\`${sql.ref("persons.centre_id")} = ${id}\``. */
function rawEquality(node: Node, ref: TableRef, unqualifiedOk: boolean): boolean {
  const fragments = Array.isArray(node.sqlFragments) ? node.sqlFragments : [];
  const parameters = Array.isArray(node.parameters) ? node.parameters : [];
  return (
    fragments.length === 3 &&
    fragments[0] === "" &&
    fragments[1] === " = " &&
    fragments[2] === "" &&
    parameters.some((parameter) => isCentreColumn(parameter, ref, unqualifiedOk))
  );
}

/** Is one of the AND-ed conditions `<table>.centre_id = …`? An OR-ed one does not confine the query. */
function confines(condition: unknown, ref: TableRef, unqualifiedOk: boolean): boolean {
  if (!isNode(condition)) return false;
  switch (condition.kind) {
    case "WhereNode":
    case "OnNode":
      return confines(condition.where ?? condition.on, ref, unqualifiedOk);
    case "AndNode":
      return confines(condition.left, ref, unqualifiedOk) || confines(condition.right, ref, unqualifiedOk);
    case "ParensNode":
      return confines(condition.node, ref, unqualifiedOk);
    case "BinaryOperationNode": {
      const operator = isNode(condition.operator) ? condition.operator.operator : undefined;
      if (operator !== "=" && operator !== "in") return false;
      return (
        isCentreColumn(condition.leftOperand, ref, unqualifiedOk) ||
        isCentreColumn(condition.rightOperand, ref, unqualifiedOk)
      );
    }
    case "RawNode":
      return rawEquality(condition, ref, unqualifiedOk);
    case "OrNode":
      return orRegionalCatalogue(condition, ref, unqualifiedOk);
    default:
      return false;
  }
}

/** `centre_id is null or centre_id = …`: the regional catalogue (programmes) plus the centre's own rows. */
function orRegionalCatalogue(condition: Node, ref: TableRef, unqualifiedOk: boolean): boolean {
  if (ref.table !== "programmes") return false;
  const isNullCentre = (node: unknown) =>
    isNode(node) &&
    node.kind === "BinaryOperationNode" &&
    isNode(node.operator) &&
    node.operator.operator === "is" &&
    isCentreColumn(node.leftOperand, ref, unqualifiedOk) &&
    isNode(node.rightOperand) &&
    node.rightOperand.kind === "ValueNode" &&
    node.rightOperand.value === null;
  const sides = [condition.left, condition.right];
  return sides.some(isNullCentre) && sides.some((side) => confines(side, ref, unqualifiedOk));
}

type Join = { table: unknown; on: unknown };
const joinsOf = (node: Node): Join[] => (Array.isArray(node.joins) ? (node.joins as Join[]) : []);

/**
 * Each centre table the statement reads or writes from must be confined by its own `centre_id` condition.
 * A joined centre table passes when the statement is confined through a centre table in FROM: it is reached
 * only through rows of the scoped centre (a placement's offer of another centre, by design).
 */
function checkStatement(
  operation: string,
  targets: TableRef[],
  where: unknown,
  joins: Join[],
  hasCentreFrom: boolean,
) {
  const unqualifiedOk = targets.length + joins.length === 1;
  for (const target of targets)
    if (!confines(where, target, unqualifiedOk)) throw new UnscopedQueryError(operation, target.table);
  if (hasCentreFrom) return;
  for (const join of joins)
    for (const joined of centreTables([join.table]))
      if (!confines(where, joined, false) && !confines(join.on, joined, false))
        throw new UnscopedQueryError(operation, joined.table);
}

function checkNode(node: Node): void {
  switch (node.kind) {
    case "SelectQueryNode": {
      const froms = isNode(node.from) && Array.isArray(node.from.froms) ? node.from.froms : [];
      const targets = centreTables(froms);
      checkStatement("select", targets, node.where, joinsOf(node), targets.length > 0);
      return;
    }
    case "UpdateQueryNode": {
      const targets = centreTables([node.table]);
      checkStatement("update", targets, node.where, joinsOf(node), targets.length > 0);
      return;
    }
    case "DeleteQueryNode": {
      const froms = isNode(node.from) && Array.isArray(node.from.froms) ? node.from.froms : [];
      const targets = centreTables(froms);
      checkStatement("delete", targets, node.where, joinsOf(node), targets.length > 0);
      return;
    }
    case "InsertQueryNode": {
      const [target] = centreTables([node.into]);
      if (!target) return;
      const columns = Array.isArray(node.columns) ? node.columns : [];
      if (!columns.some((column) => isNode(column) && identifier(column.column) === "centre_id"))
        throw new UnscopedQueryError("insert", target.table);
      return;
    }
  }
}

function walk(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item);
    return;
  }
  if (!isNode(value)) return;
  checkNode(value);
  for (const child of Object.values(value)) if (typeof child === "object" && child !== null) walk(child);
}

/**
 * Refuses, before it runs, any statement on a centre table that is not confined to one centre. Installed on
 * the application's database by createApp; crossCentre() hands out the database without it.
 */
export class CentreScopeGuard implements KyselyPlugin {
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    walk(args.node satisfies OperationNode);
    return args.node;
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}
