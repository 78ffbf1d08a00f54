import type { Migration } from "kysely";
import * as foundation from "./2026-11-25-0001-foundation.ts";
import * as caseManagement from "./2026-11-25-0002-case-management.ts";
import * as personSearchIndex from "./2026-11-25-0003-person-search-index.ts";
import * as personNameTokens from "./2026-11-25-0004-person-name-tokens.ts";
import * as language from "./2026-11-26-0005-language.ts";
import * as employers from "./2026-11-26-0006-employers.ts";
import * as idempotency from "./2026-11-26-0007-idempotency.ts";
import * as statisticsIndexes from "./2026-11-26-0008-statistics-indexes.ts";
import * as personSupportSpan from "./2026-11-26-0009-person-support-span.ts";
import * as languageRuleBackfill from "./2026-11-26-0010-language-rule-backfill.ts";
import * as auditPersons from "./2026-12-02-0014-audit-persons.ts";
import * as personsFamilyKeyIndex from "./2026-12-02-0019-persons-family-key-index.ts";
import * as contactRelease from "./2026-12-02-0020-contact-release.ts";
import * as statisticsCellKey from "./2026-12-02-0022-statistics-cell-key.ts";
import * as secondFactor from "./2026-12-02-0023-second-factor.ts";
import * as anonymisation from "./2026-12-02-0024-anonymisation.ts";
import * as retention from "./2026-12-02-0025-retention.ts";
import * as esfParticipants from "./2026-12-02-0026-esf-participants.ts";
import * as openCasesByActivity from "./2026-12-02-0028-open-cases-by-activity.ts";
import * as documents from "./2026-12-03-0029-documents.ts";
import * as appointments from "./2026-12-03-0030-appointments.ts";
import * as imports from "./2026-12-03-0031-imports.ts";
import * as personMerge from "./2026-12-03-0032-person-merge.ts";
import * as mail from "./2026-12-03-0034-mail.ts";
import * as personTransfers from "./2026-12-03-0035-person-transfers.ts";
import * as esfResidence from "./2026-12-03-0036-esf-residence.ts";
import * as documentShares from "./2026-12-03-0037-document-shares.ts";
import * as importRuns from "./2026-12-04-0046-import-runs.ts";
import * as duplicateDismissals from "./2026-12-04-0047-duplicate-dismissals.ts";

/** Every migration, in order. A unit test fails when a file in this folder is missing here. */
export const migrations: Record<string, Migration> = {
  "2026-11-25-0001-foundation": foundation,
  "2026-11-25-0002-case-management": caseManagement,
  "2026-11-25-0003-person-search-index": personSearchIndex,
  "2026-11-25-0004-person-name-tokens": personNameTokens,
  "2026-11-26-0005-language": language,
  "2026-11-26-0006-employers": employers,
  "2026-11-26-0007-idempotency": idempotency,
  "2026-11-26-0008-statistics-indexes": statisticsIndexes,
  "2026-11-26-0009-person-support-span": personSupportSpan,
  "2026-11-26-0010-language-rule-backfill": languageRuleBackfill,
  "2026-12-02-0014-audit-persons": auditPersons,
  "2026-12-02-0019-persons-family-key-index": personsFamilyKeyIndex,
  "2026-12-02-0020-contact-release": contactRelease,
  "2026-12-02-0022-statistics-cell-key": statisticsCellKey,
  "2026-12-02-0023-second-factor": secondFactor,
  "2026-12-02-0024-anonymisation": anonymisation,
  "2026-12-02-0025-retention": retention,
  "2026-12-02-0026-esf-participants": esfParticipants,
  "2026-12-02-0028-open-cases-by-activity": openCasesByActivity,
  "2026-12-03-0029-documents": documents,
  "2026-12-03-0030-appointments": appointments,
  "2026-12-03-0031-imports": imports,
  "2026-12-03-0032-person-merge": personMerge,
  "2026-12-03-0034-mail": mail,
  "2026-12-03-0035-person-transfers": personTransfers,
  "2026-12-03-0036-esf-residence": esfResidence,
  "2026-12-03-0037-document-shares": documentShares,
  "2026-12-04-0046-import-runs": importRuns,
  "2026-12-04-0047-duplicate-dismissals": duplicateDismissals,
};
