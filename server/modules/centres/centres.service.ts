import type { Insertable } from "kysely";
import { say } from "#shared/api/issue-messages.ts";
import { DistrictSchema } from "#shared/reference/districts.ts";
import type { Centre, CentreCreate } from "#shared/schemas/centre.ts";
import type { ActorContext } from "../../app-env.ts";
import type { CentresTable, Db } from "../../db/database.ts";
import { fieldError, notFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import { nowIso } from "../../lib/time.ts";
import { recordAudit } from "../audit/audit.service.ts";
import * as centres from "./centres.repository.ts";

const toCentre = (row: Insertable<CentresTable>): Centre => ({
  id: row.id,
  name: row.name,
  district: DistrictSchema.parse(row.district),
  secondFactorRequired: row.second_factor_required !== 0,
  version: row.version,
});

export async function listAllCentres(db: Db): Promise<Centre[]> {
  return (await centres.listCentres(db)).map(toCentre);
}

export async function createCentre(db: Db, context: ActorContext, input: CentreCreate): Promise<Centre> {
  const now = nowIso();
  const row: Insertable<CentresTable> = {
    id: newId(),
    name: input.name,
    district: input.district,
    created_at: now,
    updated_at: now,
    version: 1,
  };
  await db.transaction().execute(async (trx) => {
    if (await centres.centreNameTaken(trx, input.name)) throw fieldError("name", say("centre_name_taken"));
    await centres.insertCentre(trx, row);
    await recordAudit(trx, context, {
      action: "centre.create",
      entity: "centre",
      entityId: row.id,
      centreId: row.id,
    });
  });
  return toCentre(row);
}

/** Admins switch the second factor off for their own centre only; another centre answers 404. */
export async function setSecondFactorRequired(
  db: Db,
  context: ActorContext,
  id: string,
  required: boolean,
): Promise<Centre> {
  if (id !== context.actor.centreId) throw notFound("Zentrum");
  return db.transaction().execute(async (trx) => {
    await centres.setSecondFactorRequired(trx, id, required, nowIso());
    await recordAudit(trx, context, {
      action: "centre.second_factor",
      entity: "centre",
      entityId: id,
      centreId: id,
      details: { required },
    });
    const row = await centres.findCentre(trx, id);
    if (!row) throw notFound("Zentrum");
    return toCentre(row);
  });
}
