import type { z } from "zod";
import * as errors from "#shared/api/errors.ts";
import * as agency from "#shared/schemas/agency.ts";
import * as anonymisation from "#shared/schemas/anonymisation.ts";
import * as appointment from "#shared/schemas/appointment.ts";
import * as audit from "#shared/schemas/audit.ts";
import * as auth from "#shared/schemas/auth.ts";
import * as caseSchemas from "#shared/schemas/case.ts";
import * as centre from "#shared/schemas/centre.ts";
import * as company from "#shared/schemas/company.ts";
import * as consent from "#shared/schemas/consent.ts";
import * as document from "#shared/schemas/document.ts";
import * as esf from "#shared/schemas/esf.ts";
import * as health from "#shared/schemas/health.ts";
import * as importSchemas from "#shared/schemas/import.ts";
import * as inquiry from "#shared/schemas/inquiry.ts";
import * as language from "#shared/schemas/language.ts";
import * as listExport from "#shared/schemas/list-export.ts";
import * as matching from "#shared/schemas/matching.ts";
import * as offer from "#shared/schemas/offer.ts";
import * as person from "#shared/schemas/person.ts";
import * as personExport from "#shared/schemas/person-export.ts";
import * as placement from "#shared/schemas/placement.ts";
import * as programme from "#shared/schemas/programme.ts";
import * as retention from "#shared/schemas/retention.ts";
import * as staffRequest from "#shared/schemas/staff-request.ts";
import * as stats from "#shared/schemas/stats.ts";
import * as task from "#shared/schemas/task.ts";
import * as user from "#shared/schemas/user.ts";

const modules: Record<string, Record<string, unknown>> = {
  errors,
  agency,
  anonymisation,
  appointment,
  audit,
  auth,
  case: caseSchemas,
  centre,
  company,
  consent,
  document,
  esf,
  health,
  import: importSchemas,
  inquiry,
  language,
  listExport,
  matching,
  offer,
  person,
  personExport,
  placement,
  programme,
  retention,
  staffRequest,
  stats,
  task,
  user,
};

const isZodSchema = (value: unknown): value is z.ZodType =>
  typeof value === "object" && value !== null && "_zod" in value;

/**
 * The shared schemas by their exported name without `Schema` (`CaseSchema` → `Case`): the names of the
 * document's components. Two modules exporting the same name keep the module's name in front.
 */
export function sharedSchemaNames(): Map<z.ZodType, string> {
  const names = new Map<z.ZodType, string>();
  const taken = new Set<string>();
  for (const [moduleName, exports] of Object.entries(modules)) {
    for (const [exportName, value] of Object.entries(exports)) {
      if (!exportName.endsWith("Schema") || !isZodSchema(value) || names.has(value)) continue;
      const short = exportName.slice(0, -"Schema".length);
      const name = taken.has(short) ? `${moduleName[0]?.toUpperCase()}${moduleName.slice(1)}${short}` : short;
      taken.add(name);
      names.set(value, name);
    }
  }
  return names;
}
