import { flagUrl } from "#client/lib/flag.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { countryName } from "#shared/reference/countries.ts";

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
