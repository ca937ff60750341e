/**
 * The filters: kinds of entity, relationship types, countries of places, a date range and a
 * minimum confidence. Every change applies at once (to the canvas and the next expansion).
 */
import { LABEL_STYLES } from "../../../graph-view/label-styles.ts";
import { RELATIONSHIP_STYLES } from "../../../graph-view/relationship-styles.ts";
import { displayName, named, useI18n } from "../../../lib/i18n.tsx";
import { earliestDay, latestDay } from "../../../lib/partial-dates.ts";
import { DEFAULT_FILTERS, ENTITY_LABELS, RELATIONSHIP_TYPES, type Filters } from "../../../lib/view-state.ts";
import type { CountryOption } from "../api/get-countries.ts";
import { LineSample, ShapeSample } from "../../../graph-view/legend-samples.tsx";

export interface FilterPanelProps {
  filters: Filters;
  countries: readonly CountryOption[];
  onChange(filters: Filters): void;
}

function toggled<T>(list: readonly T[], item: T, on: boolean, order: readonly T[]): T[] {
  const next = on ? [...list, item] : list.filter((x) => x !== item);
  return order.filter((x) => next.includes(x));
}

export function FilterPanel({ filters, countries, onChange }: FilterPanelProps) {
  const { t, lang } = useI18n();
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const isDefault = JSON.stringify(filters) === JSON.stringify(DEFAULT_FILTERS);
  return (
    <aside className="filter-panel" aria-label={t("filters.title")}>
      <div className="panel-heading">
        <h2>{t("filters.title")}</h2>
        <button type="button" className="link-button" onClick={() => onChange(DEFAULT_FILTERS)} disabled={isDefault}>
          {t("filters.reset")}
        </button>
      </div>
      <p className="panel-note">{t("filters.note")}</p>

      <fieldset>
        <legend>{t("filters.labels")}</legend>
        {ENTITY_LABELS.map((label) => {
          const style = LABEL_STYLES.find((s) => s.label === label)!;
          return (
            <label key={label} className="check">
              <input type="checkbox" checked={filters.labels.includes(label)} onChange={(e) => set({ labels: toggled(filters.labels, label, e.target.checked, ENTITY_LABELS) })} />
              <ShapeSample shape={style.shape} color={style.color} />
              {named(t, "label", label)}
            </label>
          );
        })}
      </fieldset>

      <fieldset>
        <legend>{t("filters.types")}</legend>
        {RELATIONSHIP_TYPES.map((type) => {
          const style = RELATIONSHIP_STYLES.find((s) => s.type === type)!;
          return (
            <label key={type} className="check">
              <input type="checkbox" checked={filters.types.includes(type)} onChange={(e) => set({ types: toggled(filters.types, type, e.target.checked, RELATIONSHIP_TYPES) })} />
              <LineSample color={style.color} line={style.line} directed={style.directed} />
              {named(t, "type", type)}
            </label>
          );
        })}
      </fieldset>

      <fieldset>
        <legend>{t("filters.dates")}</legend>
        <div className="date-range">
          <label>
            {t("filters.from")}
            <input type="date" value={filters.from ? earliestDay(filters.from) : ""} onChange={(e) => set({ from: e.target.value || null })} />
          </label>
          <label>
            {t("filters.to")}
            <input type="date" value={filters.to ? latestDay(filters.to) : ""} onChange={(e) => set({ to: e.target.value || null })} />
          </label>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t("filters.confidence")}</legend>
        <div className="confidence">
          <input
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={filters.minConfidence}
            aria-label={t("filters.confidence")}
            aria-valuetext={`${Math.round(filters.minConfidence * 100)} %`}
            onChange={(e) => set({ minConfidence: Number(e.target.value) })}
          />
          <output>{Math.round(filters.minConfidence * 100)} %</output>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t("filters.countries")}</legend>
        <details className="country-list">
          <summary>{filters.countries.length === 0 ? t("filters.allCountries") : t("filters.countriesChosen", { n: filters.countries.length })}</summary>
          {countries.map((c) => (
            <label key={c.iso2} className="check">
              <input
                type="checkbox"
                checked={filters.countries.includes(c.iso2)}
                onChange={(e) => set({ countries: toggled(filters.countries, c.iso2, e.target.checked, countries.map((x) => x.iso2)) })}
              />
              {displayName(c, lang)}
            </label>
          ))}
        </details>
      </fieldset>
    </aside>
  );
}
