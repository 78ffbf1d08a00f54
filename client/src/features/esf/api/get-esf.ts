import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { queryRoots } from "#client/lib/query-roots.ts";
import { paths } from "#shared/api/paths.ts";
import { EsfGapListSchema, EsfParticipantSchema, EsfReportSchema } from "#shared/schemas/esf.ts";
import { ProgrammeListSchema } from "#shared/schemas/programme.ts";

export type EsfReportFilter = { from: string; to: string; programmeId: string };

export const esfQueries = {
  all: queryRoots.esf,
  participant: (enrolmentId: string) =>
    queryOptions({
      queryKey: [...esfQueries.all, "participant", enrolmentId] as const,
      queryFn: ({ signal }) => api.get(paths.enrolmentEsf(enrolmentId), EsfParticipantSchema, { signal }),
    }),
  gaps: (programmeId: string) =>
    queryOptions({
      queryKey: [...esfQueries.all, "gaps", programmeId] as const,
      queryFn: ({ signal }) => api.get(paths.programmeEsfGaps(programmeId), EsfGapListSchema, { signal }),
      select: (list) => list.items,
    }),
  programmes: () =>
    queryOptions({
      queryKey: [...esfQueries.all, "programmes"] as const,
      queryFn: ({ signal }) => api.get(paths.programmes, ProgrammeListSchema, { signal }),
      select: (list) => list.items.filter((programme) => programme.fundingSource === "esf_plus"),
    }),
  report: (filter: EsfReportFilter) =>
    queryOptions({
      queryKey: [...esfQueries.all, "report", filter] as const,
      queryFn: ({ signal }) => api.get(paths.esfReport, EsfReportSchema, { signal, query: filter }),
    }),
};

export const useEsfParticipant = (enrolmentId: string) => useQuery(esfQueries.participant(enrolmentId));
export const useEsfGaps = (programmeId: string) => useQuery(esfQueries.gaps(programmeId));
export const useEsfReport = (filter: EsfReportFilter) => useQuery(esfQueries.report(filter));
export const useEsfProgrammes = () => useQuery(esfQueries.programmes());
