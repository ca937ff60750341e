/**
 * Who matters: the nodes on the canvas ranked (and sized) by degree, betweenness or PageRank,
 * and the top connectors of each kind in the whole database.
 */
import { useState } from "react";
import { useNeo4j } from "../../../app/neo4j-context.tsx";
import { explainError } from "../../../lib/explain-error.ts";
import { named, useI18n } from "../../../lib/i18n.tsx";
import { ProblemMessage } from "../../../lib/problem-message.tsx";
import { ENTITY_LABELS, MEASURES, type MeasureName } from "../../../lib/view-state.ts";
import { useTopConnectors } from "../api/get-top-connectors.ts";
import type { RankedNode } from "../lib/rank-nodes.ts";

export interface WhoMattersPanelProps {
  measure: MeasureName;
  /** The canvas's nodes, highest score first. */
  ranked: readonly RankedNode[];
  /** How the names are printed in the interface language. */
  nameOf(node: RankedNode): string;
  selected: string | null;
  onMeasure(measure: MeasureName): void;
  onSelect(id: string): void;
  onOpen(id: string): void;
}

/** How many of the canvas's nodes the ranking lists. */
export const RANKED_SHOWN = 10;

function scoreText(measure: MeasureName, score: number): string {
  return measure === "degree" ? String(score) : measure === "pagerank" ? score.toFixed(3) : score.toFixed(1);
}

export function WhoMattersPanel(props: WhoMattersPanelProps) {
  const { t } = useI18n();
  const { uri } = useNeo4j();
  const [label, setLabel] = useState<string>("Person");
  const top = useTopConnectors(label);
  const shown = props.ranked.slice(0, RANKED_SHOWN);
  const best = shown[0]?.score || 1;
  return (
    <section className="view-panel" aria-labelledby="rank-title">
      <h2 id="rank-title">{t("rank.title")}</h2>
      <p className="panel-note">{t("rank.intro")}</p>
      <fieldset className="measure-choice">
        <legend>{t("rank.measure")}</legend>
        {MEASURES.map((m) => (
          <label key={m} className="check">
            <input type="radio" name="measure" value={m} checked={props.measure === m} onChange={() => props.onMeasure(m)} />
            <span>
              {t(`rank.${m}`)}
              <span className="measure-hint"> — {t(`rank.${m}Hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <section aria-labelledby="rank-canvas">
        <h3 id="rank-canvas">{t("rank.onCanvas", { measure: t(`rank.${props.measure}`) })}</h3>
        {shown.length === 0 && <p className="panel-note">{t("rank.emptyCanvas")}</p>}
        <ol className="result-list">
          {shown.map((node, i) => (
            <li key={node.id}>
              <button type="button" className="result-item" aria-current={node.id === props.selected ? "true" : undefined} onClick={() => props.onSelect(node.id)}>
                <span className="result-rank">{i + 1}</span>
                <span className="result-name">{props.nameOf(node)}</span>
                <span className="result-count">{scoreText(props.measure, node.score)}</span>
                <span className="result-track" aria-hidden="true">
                  <span className="result-bar" style={{ width: `${Math.max(2, (node.score / best) * 100)}%` }} />
                </span>
              </button>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="rank-top">
        <h3 id="rank-top">{t("rank.top")}</h3>
        <label className="form-row">
          <span className="form-label">{t("rank.kind")}</span>
          <select value={label} onChange={(e) => setLabel(e.target.value)}>
            {ENTITY_LABELS.map((l) => (
              <option key={l} value={l}>
                {named(t, "group", l)}
              </option>
            ))}
          </select>
        </label>
        {top.isError && <ProblemMessage problem={explainError(top.error)} uri={uri} title={t("rank.topFailed")} onRetry={() => void top.refetch()} />}
        {!top.data && !top.isError && <p className="panel-note" role="status">{t("rank.loadingTop")}</p>}
        {top.data && (
          <ol className="result-list top-connectors" aria-label={t("rank.topOf", { kind: named(t, "group", label) })}>
            {top.data.map((c, i) => (
              <li key={c.id}>
                <button type="button" className="result-item" onClick={() => props.onOpen(c.id)}>
                  <span className="result-rank">{i + 1}</span>
                  <span className="result-name">{c.name}</span>
                  <span className="result-count">{t("rank.neighbours", { n: c.degree })}</span>
                </button>
              </li>
            ))}
          </ol>
        )}
      </section>
    </section>
  );
}
