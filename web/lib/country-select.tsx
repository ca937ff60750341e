/** A list to pick one country by name in the interface's language, or none ("any"): the views' country filters. */
import { displayName, useI18n } from "./i18n.tsx";

export interface CountryOption {
  iso2: string;
  name: string;
  nameVi: string | null;
}

export interface CountrySelectProps {
  /** ISO2 code, or null for none. */
  value: string | null;
  /** What choosing none means here: "Any country". */
  anyLabel: string;
  countries: readonly CountryOption[];
  disabled?: boolean;
  onChange(iso2: string | null): void;
}

export function CountrySelect({ value, anyLabel, countries, disabled = false, onChange }: CountrySelectProps) {
  const { lang } = useI18n();
  return (
    <select value={value ?? ""} disabled={disabled} onChange={(e) => onChange(e.target.value || null)}>
      <option value="">{anyLabel}</option>
      {countries.map((c) => (
        <option key={c.iso2} value={c.iso2}>
          {displayName(c, lang)}
        </option>
      ))}
    </select>
  );
}
