export const disclosureChannels = {
  /** Art. 15 GDPR: the data subject's own bundle, handed over by an advisor. */
  art15_export: { recipient: "data_subject", legalBasis: "Art. 15 DSGVO" },
  /** The persons or cases list as CSV/XLSX, for the centre's own advisors. */
  list_export: { recipient: "centre_staff", legalBasis: "Art. 6 Abs. 1 lit. e DSGVO (Beratungsauftrag)" },
  /** The ESF+ participant list for the funders: pseudonymised by enrolment number, on the funding rules' basis. */
  esf_participant_list: {
    recipient: "funder",
    legalBasis: "Art. 6 Abs. 1 lit. c DSGVO, VO (EU) 2021/1057 Anhang I",
  },
  /** A stored document of a person (passport copy, certificate …), downloaded by an advisor of the centre. */
  document_download: {
    recipient: "centre_staff",
    legalBasis: "Art. 6 Abs. 1 lit. e DSGVO (Beratungsauftrag)",
  },
  /** A document an advisor shared with the company of a placement, after the contact release (decision 0044). */
  employer_document: {
    recipient: "employer",
    legalBasis: "Art. 6 Abs. 1 lit. a DSGVO (Einwilligung in die Weitergabe an Arbeitgeber)",
  },
  /** An advisor's own appointments as iCalendar (download or subscription): initials and a link, no names. */
  calendar_feed: {
    recipient: "advisor_calendar",
    legalBasis: "Art. 6 Abs. 1 lit. e DSGVO (Beratungsauftrag), Initialen statt Namen",
  },
  /** Cell-suppressed statistics: no person data, no audit entry. */
  statistics_file: { recipient: "centre_staff", legalBasis: "aggregiert, keine personenbezogenen Daten" },
} as const;
export type DisclosureChannel = keyof typeof disclosureChannels;

declare const passedTheGate: unique symbol;
/** Proof that a file's content went through the gate; only `disclose` and `discloseAggregate` make one. */
export type Disclosure = {
  readonly channel: DisclosureChannel;
  readonly personIds: readonly string[];
  readonly [passedTheGate]: true;
};
