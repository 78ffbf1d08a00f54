import { expect } from "vitest";
import type { Db } from "#server/db/database.ts";
import { todayInBerlin } from "#shared/time/calendar.ts";
import type { Client } from "../setup/http.ts";
import { createPerson } from "./index.ts";

export type CaseFile = {
  personId: string;
  caseId: string;
  activityId: string;
  consentId: string;
  taskId: string;
};

let serial = 0;

async function created(response: Response, what: string): Promise<{ id: string }> {
  expect(response.status, `${what}: ${response.status}`).toBe(201);
  return (await response.json()) as { id: string };
}

/**
 * A person with an open case, one activity, one consent and one task, made through the API by an advisor
 * of the centre (so every denormalised column is what the app writes). Fresh records are at version 1.
 */
export async function createCaseFile(db: Db, advisor: Client, centreId: string): Promise<CaseFile> {
  serial++;
  const person = await createPerson(db, centreId, {
    familyName: `Akte${serial}x${Date.now().toString(36)}`,
    birthDate: `19${70 + (serial % 30)}-0${1 + (serial % 9)}-1${serial % 9}`,
  });
  const caseRecord = await created(
    await advisor.post("/api/cases", {
      personId: person.id,
      concerns: ["job_search"],
      sourceChannel: "walk_in",
    }),
    "case",
  );
  const today = todayInBerlin();
  const activity = await created(
    await advisor.post(`/api/cases/${caseRecord.id}/activities`, {
      type: "consultation",
      occurredOn: today,
      text: "Erstgespräch",
    }),
    "activity",
  );
  const consent = await created(
    await advisor.post(`/api/persons/${person.id}/consents`, {
      purpose: "counselling",
      givenOn: today,
      channel: "paper",
      noticeVersion: "2026-01",
    }),
    "consent",
  );
  const task = await created(
    await advisor.post("/api/tasks", { caseId: caseRecord.id, title: "Unterlagen prüfen", dueOn: today }),
    "task",
  );
  return {
    personId: person.id,
    caseId: caseRecord.id,
    activityId: activity.id,
    consentId: consent.id,
    taskId: task.id,
  };
}
