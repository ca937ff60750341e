/**
 * Who met whom: start from one person (ego network, 1–3 steps) or from everyone in a date range,
 * optionally only meetings with people of one country; the pairs drawn, most meetings first.
 */
import type { ReactNode } from "react";
import { displayName, useI18n } from "../../../lib/i18n.tsx";
import { earliestDay, latestDay } from "../../../lib/partial-dates.ts";
import type { Question } from "../../../lib/view-state.ts";
import type { MeetingPair } from "../lib/meeting-pairs.ts";

export interface WhoMetPanelProps {
  question: Question;
  dates: { from: string | null; to: string | null };
  countries: readonly { iso2: string; name: string; nameVi: string | null }[];
  /** The search box that picks the person (the app's search, limited to people). */
  personPicker: ReactNode;
  personName: string | null;
  pairs: readonly MeetingPair[];
  selectedEdge: string | null;
  busy: boolean;
  onAsk(patch: Partial<Question>): void;
  onDates(range: { from: string | null; to: string | null }): void;
  onShow(): void;
  onSelectPair(pair: MeetingPair): void;
}

const DEPTHS = [1, 2, 3] as const;

export function WhoMetPanel(props: WhoMetPanelProps) {
  const { t, lang } = useI18n();
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
          <select value={question.metCountry ?? ""} onChange={(e) => props.onAsk({ metCountry: e.target.value || null })}>
            <option value="">{t("met.anyCountry")}</option>
            {props.countries.map((c) => (
              <option key={c.iso2} value={c.iso2}>
                {displayName(c, lang)}
              </option>
            ))}
          </select>
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
      {props.pairs.length > 0 && (
        <section aria-labelledby="who-met-pairs">
          <h3 id="who-met-pairs">{t("met.pairs", { n: props.pairs.length })}</h3>
          <ol className="result-list">
            {props.pairs.map((pair) => (
              <li key={pair.edgeId}>
                <button type="button" className="result-item" aria-current={pair.edgeId === props.selectedEdge ? "true" : undefined} onClick={() => props.onSelectPair(pair)}>
                  <span className="result-name">
                    {displayName(pair.a, lang)} – {displayName(pair.b, lang)}
                  </span>
                  <span className="result-count">{t("met.count", { n: pair.count })}</span>
                </button>
              </li>
            ))}
          </ol>
        </section>
      )}
    </section>
  );
}
