/**
 * Paths: two entities (search boxes, or "path from here" on a node), the shortest paths between
 * them up to a length, drawn and highlighted on the canvas and read as sentences. Pointing at a
 * sentence makes its path alone stand out.
 */
import type { ReactNode } from "react";
import { useNeo4j } from "../../../app/neo4j-context.tsx";
import type { Problem } from "../../../lib/explain-error.ts";
import { displayName, named, useI18n } from "../../../lib/i18n.tsx";
import { ProblemMessage } from "../../../lib/problem-message.tsx";
import { MAX_PATH_LENGTH, type Question } from "../../../lib/view-state.ts";
import { describePath, type PathStep } from "../lib/describe-path.ts";

export interface PathsPanelProps {
  question: Question;
  fromPicker: ReactNode;
  toPicker: ReactNode;
  fromName: string | null;
  toName: string | null;
  /** The paths found for the question, once asked; undefined while loading or not asked. */
  paths: PathStep[][] | undefined;
  loading: boolean;
  problem: Problem | null;
  onRetry(): void;
  focused: number | null;
  busy: boolean;
  onAsk(patch: Partial<Question>): void;
  onFind(): void;
  onFocus(index: number | null): void;
}

const LENGTHS = Array.from({ length: MAX_PATH_LENGTH }, (_, i) => i + 1);

export function PathsPanel(props: PathsPanelProps) {
  const { t, lang } = useI18n();
  const { uri } = useNeo4j();
  const { question, paths } = props;
  const ready = question.pathFrom !== null && question.pathTo !== null;
  const wording = {
    verb: (type: string) => named(t, "type", type),
    name: (node: { name: unknown; nameVi?: unknown }) => displayName(node, lang),
    onDate: (name: string, date: string) => t("paths.onDate", { name, date }),
  };
  const end = (which: "pathFrom" | "pathTo", name: string | null, picker: ReactNode, label: string) => (
    <div className="form-row">
      <span className="form-label">{label}</span>
      {picker}
      {question[which] && <p className="chosen">{name ?? question[which]}</p>}
    </div>
  );
  return (
    <section className="view-panel" aria-labelledby="paths-title">
      <h2 id="paths-title">{t("paths.title")}</h2>
      <p className="panel-note">{t("paths.intro")}</p>
      <div className="view-form">
        {end("pathFrom", props.fromName, props.fromPicker, t("paths.from"))}
        {end("pathTo", props.toName, props.toPicker, t("paths.to"))}
        <label className="form-row">
          <span className="form-label">{t("paths.maxLength")}</span>
          <select value={question.maxLength} onChange={(e) => props.onAsk({ maxLength: Number(e.target.value) })}>
            {LENGTHS.map((n) => (
              <option key={n} value={n}>
                {t("met.steps", { n })}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button primary" disabled={!ready || props.busy} onClick={props.onFind}>
          {t("paths.find")}
        </button>
      </div>
      {props.problem && <ProblemMessage problem={props.problem} uri={uri} title={t("paths.failed")} onRetry={props.onRetry} />}
      {ready && props.loading && (
        <p className="panel-note" role="status">
          {t("paths.loading")}
        </p>
      )}
      {ready && paths && (
        <section aria-labelledby="paths-found">
          <h3 id="paths-found">{paths.length > 0 ? t("paths.found", { n: paths.length, steps: paths[0]!.length }) : t("paths.none", { n: question.maxLength })}</h3>
          <ol className="path-list" onMouseLeave={() => props.onFocus(null)}>
            {paths.map((steps, i) => (
              <li key={steps.map((s) => s.edge.id).join("|")}>
                <button
                  type="button"
                  className="path-sentence"
                  aria-pressed={props.focused === i}
                  onMouseEnter={() => props.onFocus(i)}
                  onFocus={() => props.onFocus(i)}
                  onClick={() => props.onFocus(props.focused === i ? null : i)}
                >
                  {describePath(steps, wording)}
                </button>
              </li>
            ))}
          </ol>
        </section>
      )}
    </section>
  );
}
