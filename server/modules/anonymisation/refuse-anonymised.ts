import type { MiddlewareHandler } from "hono";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { centreScope } from "../../db/centre-scope.ts";
import { anonymisedPerson } from "../../lib/errors.ts";
import { nulCharacterAt } from "../../lib/field-issues.ts";

const writes = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Nothing about an anonymised person changes any more: writes below `/persons/:id/…` and `/cases/:id/…`
 * answer 409 `person_anonymised`. Signed-out callers and other centres pass on, so the routes answer
 * 401/403/404 as before; so do ids that no record can have, for the route's validator to refuse.
 */
export function refuseWritesToAnonymised(
  { db }: AppDeps,
  kind: "person" | "case",
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const user = c.get("user");
    const id = c.req.param("id");
    if (!user || !id || !writes.has(c.req.method) || c.req.path.endsWith("/anonymise")) return next();
    // No stored id holds U+0000 (PostgreSQL cannot even compare one): the route's validator answers 422.
    if (nulCharacterAt(id)) return next();
    const scope = centreScope(db, user.centreId);
    const row =
      kind === "person"
        ? await scope
            .selectFrom("persons")
            .select("persons.anonymised_at")
            .where("persons.id", "=", id)
            .executeTakeFirst()
        : await scope
            .selectFrom("cases")
            .innerJoin("persons", "persons.id", "cases.person_id")
            .select("persons.anonymised_at")
            .where("cases.id", "=", id)
            .executeTakeFirst();
    if (row?.anonymised_at) throw anonymisedPerson();
    return next();
  };
}
