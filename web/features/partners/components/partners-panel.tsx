/**
 * The partner network: start from one place or the places of one country; lines by their
 * strongest tie, places coloured by country; the partnerships drawn, strongest first.
 */
import type { ReactNode } from "react";
import { LineSample } from "../../../graph-view/legend-samples.tsx";
import { RELATIONSHIP_STYLES } from "../../../graph-view/relationship-styles.ts";
import { PARTNER_TIES } from "../../../graph-view/stylesheet.ts";
import { displayName, useI18n } from "../../../lib/i18n.tsx";
import { CountrySelect, type CountryOption } from "../../../lib/country-select.tsx";
import { PairList } from "../../../lib/pair-list.tsx";
import type { Question } from "../../../lib/view-state.ts";
import type { CountryTint } from "../lib/country-tints.ts";
import type { Partnership } from "../lib/partnerships.ts";

export interface PartnersPanelProps {
  question: Question;
  countries: readonly CountryOption[];
  placePicker: ReactNode;
  placeName: string | null;
  legend: readonly CountryTint[];
  partnerships: readonly Partnership[];
  selectedEdge: string | null;
  busy: boolean;
  onAsk(patch: Partial<Question>): void;
  onShow(): void;
  onSelect(edgeId: string): void;
}

const PARTNER_COLOR = RELATIONSHIP_STYLES.find((s) => s.type === "PARTNERS_WITH")!.color;

export function PartnersPanel(props: PartnersPanelProps) {
  const { t, lang } = useI18n();
  const { question } = props;
  const countryName = (iso2: string) => {
    const c = props.countries.find((x) => x.iso2 === iso2);
    return c ? displayName(c, lang) : iso2;
  };
  const tie = (strength: number) => t(strength >= 3 ? "partners.tie3" : strength === 2 ? "partners.tie2" : "partners.tie1");
  return (
    <section className="view-panel" aria-labelledby="partners-title">
      <h2 id="partners-title">{t("partners.title")}</h2>
      <p className="panel-note">{t("partners.intro")}</p>
      <div className="view-form">
        <div className="form-row">
          <span className="form-label">{t("partners.place")}</span>
          {props.placePicker}
          {question.place && (
            <p className="chosen">
              <span>{t("partners.from", { name: props.placeName ?? question.place })}</span>
              <button type="button" className="link-button" onClick={() => props.onAsk({ place: null })}>
                {t("partners.clearPlace")}
              </button>
            </p>
          )}
        </div>
        <label className="form-row">
          <span className="form-label">{t("partners.country")}</span>
          <CountrySelect
            value={question.partnerCountry}
            anyLabel={t("partners.anyCountry")}
            countries={props.countries}
            disabled={question.place !== null}
            onChange={(partnerCountry) => props.onAsk({ partnerCountry })}
          />
        </label>
        <button type="button" className="button primary" disabled={props.busy} onClick={props.onShow}>
          {t("partners.show")}
        </button>
      </div>
      <section aria-labelledby="partners-ties">
        <h3 id="partners-ties">{t("partners.ties")}</h3>
        <ul className="key-list">
          {PARTNER_TIES.map((tieStyle) => (
            <li key={tieStyle.strength}>
              <LineSample color={PARTNER_COLOR} line={tieStyle.line} directed={false} />
              {tie(tieStyle.strength)}
            </li>
          ))}
        </ul>
      </section>
      {props.legend.length > 0 && (
        <section aria-labelledby="partners-countries">
          <h3 id="partners-countries">{t("partners.countries")}</h3>
          <ul className="key-list country-key">
            {props.legend.map((c) => (
              <li key={c.country}>
                <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
                {countryName(c.country)} <span className="result-count">({c.places})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <PairList
        id="partners-list"
        title={t("partners.list", { n: props.partnerships.length })}
        items={props.partnerships.map((p) => ({ ...p, detail: p.agreements > 0 ? `${tie(p.strength)} · ${t("partners.agreementCount", { n: p.agreements })}` : tie(p.strength) }))}
        selectedEdge={props.selectedEdge}
        onSelect={props.onSelect}
      />
    </section>
  );
}
