import { useTranslation } from "react-i18next";
import { languageName } from "../../../../../shared/reference/countries.ts";
import { kldbTitle } from "../../../../../shared/reference/kldb.ts";
import type { Candidate } from "../../../../../shared/schemas/placement.ts";
import { type DetailItem, DetailsList } from "../../../components/details-list.tsx";
import { formatDate } from "../../../lib/format.ts";
import { useLanguage } from "../../../lib/use-language.ts";
import "../messages.ts";
import { candidateName } from "../utils/candidate-name.ts";
import { CandidateActions } from "./candidate-actions.tsx";
import { CandidateStageLine } from "./candidate-stage-line.tsx";
import { GermanLevels } from "./german-levels.tsx";
import { StageBadge } from "./stage-badge.tsx";

export function CandidateCard({ candidate, viewerName }: { candidate: Candidate; viewerName: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { profile } = candidate;
  const name = candidateName(profile);
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
              <li key={`${qualification.occupation}-${qualification.year}`}>
                {qualification.title ?? kldbTitle(qualification.occupation, language)} ({qualification.year})
              </li>
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
  if (profile.fullName)
    items.push({
      label: t("portal.candidate.contact"),
      value: (
        <span className="contact-lines">
          {profile.email && <a href={`mailto:${profile.email}`}>{profile.email}</a>}
          {profile.phone && <a href={`tel:${profile.phone.replace(/[^+\d]/g, "")}`}>{profile.phone}</a>}
        </span>
      ),
    });
  if (candidate.employerFeedback)
    items.push({ label: t("portal.candidate.feedback"), value: candidate.employerFeedback });

  return (
    <article className="card candidate-card" aria-labelledby={`candidate-${candidate.id}`}>
      <header className="candidate-card-header">
        <div>
          <h3 className="candidate-name" id={`candidate-${candidate.id}`}>
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
        </div>
      </header>
      <div className="candidate-german">
        <p className="candidate-german-label">{t("portal.candidate.germanLevels")}</p>
        <GermanLevels levels={profile.germanLevels} />
      </div>
      <DetailsList items={items} />
      {!profile.fullName && (candidate.stage === "proposed" || candidate.stage === "interview") && (
        <p className="candidate-hint">{t("portal.candidate.contactLater")}</p>
      )}
      <CandidateActions candidate={candidate} name={name} viewerName={viewerName} />
    </article>
  );
}
