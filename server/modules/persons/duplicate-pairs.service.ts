import { colognePhonetic } from "#shared/names/cologne-phonetics.ts";
import type { DuplicatePair } from "#shared/schemas/person-merge.ts";
import type { ActorContext } from "../../app-env.ts";
import { centreScope } from "../../db/centre-scope.ts";
import type { Db } from "../../db/database.ts";
import { dismissedPairKeys } from "./duplicate-dismissals.repository.ts";
import { firstGivenName, givenNameMatches, similarFamily } from "./duplicate-rules.ts";
import { listNameKeys, type NameKeyRow } from "./persons.repository.ts";

/** The screen shows the likeliest pairs first; a centre with more cleans up in rounds. */
export const MAX_PAIRS = 200;
const MAX_PERSONS = 200_000;

const sameGiven = (a: NameKeyRow, b: NameKeyRow) =>
  givenNameMatches(a, firstGivenName(b.given_names)) || givenNameMatches(b, firstGivenName(a.given_names));

const soundsAlikeGiven = (a: NameKeyRow, b: NameKeyRow) =>
  sameGiven(a, b) ||
  colognePhonetic(firstGivenName(a.given_names)) === colognePhonetic(firstGivenName(b.given_names));

function groupBy(rows: readonly NameKeyRow[], key: (row: NameKeyRow) => string) {
  const groups = new Map<string, NameKeyRow[]>();
  for (const row of rows) {
    const value = key(row);
    if (value === "") continue;
    const group = groups.get(value);
    if (group) group.push(row);
    else groups.set(value, [row]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

const personOf = (row: NameKeyRow) => ({
  id: row.id,
  familyName: row.family_name,
  givenNames: row.given_names,
  birthDate: row.birth_date,
  nationality: row.nationality,
});

/**
 * Likely pairs among the centre's persons: first the rule of the new-person form (same birth date, same or
 * similar name), then namesakes (same folded family name and given name) and names that sound alike by the
 * Kölner Phonetik (Meier, Mayer, Maier), both whatever the birth dates say.
 */
export function findDuplicatePairs(
  rows: readonly NameKeyRow[],
  dismissed: ReadonlySet<string> = new Set(),
): DuplicatePair[] {
  const pairs = new Map<string, DuplicatePair>();
  const add = (
    a: NameKeyRow,
    b: NameKeyRow,
    match: DuplicatePair["match"],
    reason: DuplicatePair["reason"],
  ) => {
    const [first, second] = a.id < b.id ? [a, b] : [b, a];
    const key = `${first.id}|${second.id}`;
    if (!pairs.has(key) && !dismissed.has(key))
      pairs.set(key, { persons: [personOf(first), personOf(second)], match, reason });
  };
  const eachPair = (groups: NameKeyRow[][], visit: (a: NameKeyRow, b: NameKeyRow) => void) => {
    for (const group of groups)
      for (let i = 0; i < group.length; i++)
        for (let j = i + 1; j < group.length; j++) visit(group[i] as NameKeyRow, group[j] as NameKeyRow);
  };
  eachPair(
    groupBy(rows, (row) => row.birth_date),
    (a, b) => {
      if (similarFamily(a.family_key, b.family_key) && sameGiven(a, b))
        add(a, b, "name_and_birth_date", a.family_key === b.family_key ? "same_name" : "similar_name");
    },
  );
  eachPair(
    groupBy(rows, (row) => row.family_key),
    (a, b) => {
      if (sameGiven(a, b)) add(a, b, "name", "same_name");
    },
  );
  eachPair(
    groupBy(rows, (row) => colognePhonetic(row.family_name)),
    (a, b) => {
      if (soundsAlikeGiven(a, b)) add(a, b, "name", "sounds_alike");
    },
  );
  const rank = { name_and_birth_date: 0, name: 1 };
  return [...pairs.values()]
    .sort(
      (a, b) =>
        rank[a.match] - rank[b.match] ||
        a.persons[0].familyName.localeCompare(b.persons[0].familyName, "de") ||
        a.persons[0].id.localeCompare(b.persons[0].id),
    )
    .slice(0, MAX_PAIRS);
}

/**
 * `GET /api/persons/duplicate-pairs`: names and birth dates of the persons shown, a read of each. Pairs
 * marked "Kein Duplikat" (decision 0047) are left out.
 */
export async function listDuplicatePairs(db: Db, context: ActorContext): Promise<DuplicatePair[]> {
  const scope = centreScope(db, context.actor.centreId);
  const pairs = findDuplicatePairs(await listNameKeys(scope, MAX_PERSONS), await dismissedPairKeys(scope));
  if (pairs.length > 0)
    await context.recordRead({
      action: "person.duplicate_pairs",
      entity: "person",
      entityId: null,
      personIds: [...new Set(pairs.flatMap((pair) => pair.persons.map((person) => person.id)))],
    });
  return pairs;
}
