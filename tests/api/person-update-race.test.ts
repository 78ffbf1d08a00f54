import type { KyselyPlugin, PluginTransformResultArgs, QueryResult, UnknownRow } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { PersonSchema } from "#shared/schemas/person.ts";
import { createPerson, createTwoCentres, createUser, TEST_PASSWORD } from "../factories/index.ts";
import { type Client, expectError, signIn } from "../setup/http.ts";
import { buildApp, setupTestApp } from "../setup/test-app.ts";

/**
 * Replays the race of two instances on one database: the next read of a person row returns it as it was
 * before another writer's commit (one version back), as a read does that ran just before that commit.
 * Only the version condition of the UPDATE can then refuse the stale change — on SQLite too, where one
 * connection otherwise serialises every transaction.
 */
class ReadBeforeOtherCommit implements KyselyPlugin {
  private personId: string | null = null;

  once(personId: string) {
    this.personId = personId;
  }

  get armed() {
    return this.personId !== null;
  }

  transformQuery: KyselyPlugin["transformQuery"] = (args) => args.node;

  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const target = this.personId;
    const row = result.rows[0];
    if (!target || !row || row.id !== target || !("family_name" in row)) return result;
    this.personId = null;
    return { ...result, rows: [{ ...row, version: Number(row.version) - 1, notes: null }] };
  }
}

const { database, db } = await setupTestApp();
const race = new ReadBeforeOtherCommit();
const app = buildApp({ ...database, db: db.withPlugin(race) });
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let advisor: Client;
let colleague: Client;
beforeAll(async () => {
  cast = await createTwoCentres(db);
  advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
  const other = await createUser(db, { role: "advisor", centreId: cast.own.centre.id });
  colleague = await signIn(app, other.email, TEST_PASSWORD);
});

const storedPerson = (id: string) =>
  db.selectFrom("persons").select(["version", "notes"]).where("id", "=", id).executeTakeFirstOrThrow();

describe("a person update that raced another writer", () => {
  it("answers 409 with the other writer's record and leaves the row as that writer left it", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    const first = await colleague.patch(`/api/persons/${person.id}`, {
      version: 1,
      notes: "Kollegin zuerst",
    });
    expect(PersonSchema.parse(await first.json())).toMatchObject({ version: 2, notes: "Kollegin zuerst" });

    race.once(person.id);
    const stale = await expectError(
      await advisor.patch(`/api/persons/${person.id}`, { version: 1, notes: "überschrieben?" }),
      409,
      "conflict",
    );
    expect(race.armed, "the PATCH read the person before the other writer's commit").toBe(false);
    expect(stale.details).toMatchObject({ reason: "stale_version" });
    expect(PersonSchema.parse((stale.details as { current: unknown }).current)).toMatchObject({
      id: person.id,
      version: 2,
      notes: "Kollegin zuerst",
    });
    expect(await storedPerson(person.id)).toEqual({ version: 2, notes: "Kollegin zuerst" });
  });
});
