/**
 * Who met whom: start from one person (ego network, 1–3 steps) or from everyone in a date range,
 * optionally only meetings with people of one country; the pairs drawn, most meetings first.
 */
import type { ReactNode } from "react";
import { useI18n } from "../../../lib/i18n.tsx";
import { CountrySelect, type CountryOption } from "../../../lib/country-select.tsx";
import { PairList } from "../../../lib/pair-list.tsx";
import { earliestDay, latestDay } from "../../../lib/partial-dates.ts";
import type { Question } from "../../../lib/view-state.ts";
import type { MeetingPair } from "../lib/meeting-pairs.ts";

export interface WhoMetPanelProps {
  question: Question;
  dates: { from: string | null; to: string | null };
  countries: readonly CountryOption[];
  /** The search box that picks the person (the app's search, limited to people). */
  personPicker: ReactNode;
  personName: string | null;
  pairs: readonly MeetingPair[];
  selectedEdge: string | null;
  busy: boolean;
  onAsk(patch: Partial<Question>): void;
  onDates(range: { from: string | null; to: string | null }): void;
  onShow(): void;
  onSelectPair(edgeId: string): void;
}

const DEPTHS = [1, 2, 3] as const;

export function WhoMetPanel(props: WhoMetPanelProps) {
  const { t } = useI18n();
  const { question, dates } = props;
  return (
    <section className="view-panel" aria-labelledby="who-met-title">
      <h2 id="who-met-title">{t("met.title")}</h2>
      <p className="panel-note">{t("met.intro")}</p>
      <div className="view-form">
        <div className="form-row">
          <span className="form-label">{t("met.person")}</span>
          {props.personPicker}
          {question.person ? (
            <p className="chosen">
              <span>{t("met.from", { name: props.personName ?? question.person })}</span>
              <button type="button" className="link-button" onClick={() => props.onAsk({ person: null })}>
                {t("met.everyone")}
              </button>
            </p>
          ) : (
            <p className="panel-note">{t("met.everyoneNote")}</p>
          )}
        </div>
        <label className="form-row">
          <span className="form-label">{t("met.depth")}</span>
          <select value={question.depth} disabled={!question.person} onChange={(e) => props.onAsk({ depth: Number(e.target.value) })}>
            {DEPTHS.map((d) => (
              <option key={d} value={d}>
                {t("met.steps", { n: d })}
              </option>
            ))}
          </select>
        </label>
        <label className="form-row">
          <span className="form-label">{t("met.country")}</span>
          <CountrySelect value={question.metCountry} anyLabel={t("met.anyCountry")} countries={props.countries} onChange={(metCountry) => props.onAsk({ metCountry })} />
        </label>
        <div className="form-row date-pair">
          <label>
            <span className="form-label">{t("met.datesFrom")}</span>
            <input type="date" value={dates.from ? earliestDay(dates.from) : ""} onChange={(e) => props.onDates({ ...dates, from: e.target.value || null })} />
          </label>
          <label>
            <span className="form-label">{t("met.datesTo")}</span>
            <input type="date" value={dates.to ? latestDay(dates.to) : ""} onChange={(e) => props.onDates({ ...dates, to: e.target.value || null })} />
          </label>
        </div>
        <button type="button" className="button primary" disabled={props.busy} onClick={props.onShow}>
          {t("met.show")}
        </button>
      </div>
      <PairList
        id="who-met-pairs"
        title={t("met.pairs", { n: props.pairs.length })}
        items={props.pairs.map((pair) => ({ ...pair, detail: t("met.count", { n: pair.count }) }))}
        selectedEdge={props.selectedEdge}
        onSelect={props.onSelectPair}
      />
    </section>
  );
}
