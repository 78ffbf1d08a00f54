import { countryName } from "../../../../../shared/reference/countries.ts";
import { flagUrl } from "../../../lib/flag.ts";
import { useLanguage } from "../../../lib/use-language.ts";

export function Nationality({ code }: { code: string }) {
  const language = useLanguage();
  const flag = flagUrl(code);
  return (
    <span className="nationality">
      {flag && <img className="flag" src={flag} alt="" width={18} height={12} decoding="async" />}
      {countryName(code, language)}
    </span>
  );
}
