import { countryName } from "../../../../../shared/reference/countries.ts";
import { flagEmoji } from "../../../lib/flag.ts";
import { useLanguage } from "../../../lib/use-language.ts";

export function Nationality({ code }: { code: string }) {
  const language = useLanguage();
  return (
    <span className="nationality">
      <span className="flag" aria-hidden="true">
        {flagEmoji(code)}
      </span>{" "}
      {countryName(code, language)}
    </span>
  );
}
