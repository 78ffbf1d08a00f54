import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DataTable } from "#client/components/data-table.tsx";
import { kldbTitle } from "#shared/reference/kldb.ts";
import type { Offer } from "#shared/schemas/offer.ts";
import { OfferPeriod } from "./offer-period.tsx";
import { OfferStatusBadge } from "./offer-status-badge.tsx";
import "../messages.ts";

type OffersTableProps = { offers: Offer[]; caption: string; withCompany?: boolean };

export function OffersTable({ offers, caption, withCompany = true }: OffersTableProps) {
  const { t } = useTranslation();
  return (
    <DataTable caption={caption} captionHidden>
      <thead>
        <tr>
          <th scope="col">{t("offers.fields.title")}</th>
          {withCompany && <th scope="col">{t("offers.fields.company")}</th>}
          <th scope="col">{t("offers.fields.type")}</th>
          <th scope="col">{t("offers.fields.occupation")}</th>
          {withCompany && <th scope="col">{t("offers.fields.district")}</th>}
          <th scope="col">{t("offers.fields.period")}</th>
          <th scope="col">{t("offers.fields.places")}</th>
          <th scope="col">{t("offers.fields.status")}</th>
        </tr>
      </thead>
      <tbody>
        {offers.map((offer) => (
          <tr key={offer.id}>
            <th scope="row" className="cell-name">
              <Link to={`/offers/${offer.id}`}>{offer.title}</Link>
            </th>
            {withCompany && <td>{offer.companyName}</td>}
            <td>{t(`offers.types.${offer.type}`)}</td>
            <td>{kldbTitle(offer.occupation)}</td>
            {withCompany && <td>{t(`districts.${offer.district}`)}</td>}
            <td className="cell-nowrap">
              <OfferPeriod startsOn={offer.startsOn} endsOn={offer.endsOn} />
            </td>
            <td className="cell-nowrap">
              {t("offers.placesOf", { taken: offer.placesTaken, places: offer.places })}
            </td>
            <td>
              <OfferStatusBadge status={offer.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
