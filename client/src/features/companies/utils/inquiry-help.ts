import type { TFunction } from "i18next";
import type { Inquiry } from "#shared/schemas/inquiry.ts";

/** The second line of an inquiry row: the help wanted in words, or that none was asked for (never a code). */
export function inquiryHelpText(inquiry: Pick<Inquiry, "helpWanted">, t: TFunction): string {
  return inquiry.helpWanted.length > 0
    ? inquiry.helpWanted.map((kind) => t(`companies.inquiries.help.${kind}`)).join(", ")
    : t("companies.inquiries.noHelp");
}
