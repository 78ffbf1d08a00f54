import { useTranslation } from "react-i18next";
import { type DetailItem, DetailsList } from "#client/components/details-list.tsx";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { languageName } from "#shared/reference/countries.ts";
import { kldbTitle } from "#shared/reference/kldb.ts";
import type { Candidate } from "#shared/schemas/placement.ts";
import "../messages.ts";
import { candidateName, contactStateOf } from "../utils/candidate-name.ts";
import { CandidateActions } from "./candidate-actions.tsx";
import { CandidateDocuments } from "./candidate-documents.tsx";
import { CandidateInterviews } from "./candidate-interviews.tsx";
import { CandidateStageLine } from "./candidate-stage-line.tsx";
import { GermanLevels } from "./german-levels.tsx";
import { StageBadge } from "./stage-badge.tsx";

export function CandidateCard({ candidate, viewerName }: { candidate: Candidate; viewerName: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { profile } = candidate;
  const name = candidateName(candidate, (code) => t("portal.candidate.pseudonym", { code }));
  const contactState = contactStateOf(candidate);
  const { contact } = candidate;
  const otherLanguages = profile.languages.filter((code) => code !== "de");
  const items: DetailItem[] = [
    {
      label: t("portal.candidate.languages"),
      value: otherLanguages.map((code) => languageName(code, language)).join(", "),
    },
    {
      label: t("portal.candidate.qualifications"),
      value:
        profile.qualifications.length > 0 ? (
          <ul className="plain-list">
            {profile.qualifications.map((qualification) => (
              <li key={qualification.occupation}>{kldbTitle(qualification.occupation, language)}</li>
            ))}
          </ul>
        ) : (
          ""
        ),
    },
    {
      label: t("portal.candidate.targetOccupation"),
      value: profile.targetOccupation ? kldbTitle(profile.targetOccupation, language) : "",
    },
    {
      label: t("portal.candidate.availableFrom"),
      value: profile.availableFrom ? formatDate(profile.availableFrom, language) : "",
    },
  ];
  if (candidate.stage === "interview")
    items.push({
      label: t("portal.candidate.interview"),
      value: <CandidateInterviews placementId={candidate.id} />,
    });
  if (contact)
    items.push({
      label: t("portal.candidate.contact"),
      value: (
        <span className="contact-lines">
          {contact.nameLatin && contact.nameLatin !== contact.fullName && (
            <span>{t("portal.candidate.nameLatin", { name: contact.nameLatin })}</span>
          )}
          {contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a>}
          {contact.phone && <a href={`tel:${contact.phone.replace(/[^+\d]/g, "")}`}>{contact.phone}</a>}
          {candidate.contactReleasedAt && (
            <span className="text-muted">
              {t("portal.candidate.releasedOn", { date: formatDate(candidate.contactReleasedAt, language) })}
            </span>
          )}
        </span>
      ),
    });
  if (contact)
    items.push({
      label: t("portal.candidate.documents"),
      value: <CandidateDocuments placementId={candidate.id} />,
    });
  if (candidate.employerFeedback)
    items.push({ label: t("portal.candidate.feedback"), value: candidate.employerFeedback });

  return (
    <article className="card candidate-card" aria-labelledby={`candidate-${candidate.id}`}>
      <header className="candidate-card-header">
        <div>
          <h3
            className={contact ? "candidate-name" : "candidate-name candidate-pseudonym"}
            id={`candidate-${candidate.id}`}
          >
            {name}
          </h3>
          <p className="candidate-stage-line">
            <CandidateStageLine candidate={candidate} />
          </p>
        </div>
        <div className="candidate-badges">
          {profile.germanLevel && (
            <span className="badge badge-accent">
              {t("portal.candidate.german")} {profile.germanLevel}
            </span>
          )}
          <StageBadge stage={candidate.stage} />
          {contactState === "awaiting_release" && (
            <span className="badge badge-warning">{t("portal.candidate.awaitingRelease")}</span>
          )}
        </div>
      </header>
      <div className="candidate-german">
        <p className="candidate-german-label">{t("portal.candidate.germanLevels")}</p>
        <GermanLevels levels={profile.germanLevels} />
      </div>
      <DetailsList items={items} />
      {contactState === "after_acceptance" && (
        <p className="candidate-hint">{t("portal.candidate.contactLater")}</p>
      )}
      {contactState === "awaiting_release" && (
        <p className="candidate-hint" role="status">
          {t("portal.candidate.awaitingReleaseText")}
        </p>
      )}
      <CandidateActions candidate={candidate} name={name} viewerName={viewerName} />
    </article>
  );
}
