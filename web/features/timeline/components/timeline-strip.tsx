/**
 * Events on a time axis: a histogram of their counts (by month, or by year over long spans).
 * Dragging across bars brushes a range, which becomes the filters' date range (so the canvas
 * shows what happened then); "Play" steps through the bars with events, each time showing
 * everything up to it, so a presenter can let the network grow. The range can also be chosen
 * with the two lists, from the keyboard. When the bars are years, clicking one (or Enter on it)
 * opens its months and chooses that year; "All years" goes back.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import { useNeo4j } from "../../../app/neo4j-context.tsx";
import type { Problem } from "../../../lib/explain-error.ts";
import { useI18n } from "../../../lib/i18n.tsx";
import { ProblemMessage } from "../../../lib/problem-message.tsx";
import { bucketsInRange, countsByYear, monthsOfYear, playSteps, timeBuckets, type MonthBucket, type TimeBucket } from "../lib/histogram.ts";

export interface TimelineStripProps {
  /** Dated events per month (event-counts-by-month.cypher), or undefined while counting. */
  counts: readonly MonthBucket[] | undefined;
  range: { from: string | null; to: string | null };
  problem: Problem | null;
  onRetry(): void;
  onRange(range: { from: string | null; to: string | null }): void;
}

/** How long each step of "play" stays on screen. */
export const PLAY_STEP_MS = 900;
const HEIGHT = 64;

export function TimelineStrip({ counts, range, problem, onRetry, onRange }: TimelineStripProps) {
  const { t } = useI18n();
  const { uri } = useNeo4j();
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  const [step, setStep] = useState<number | null>(null);
  /** The year opened into its months, or null for the whole span. */
  const [openYear, setOpenYear] = useState<string | null>(null);
  const svg = useRef<SVGSVGElement | null>(null);
  const back = useRef<HTMLButtonElement | null>(null);
  const allBars = useMemo(() => (counts ? timeBuckets(counts) : []), [counts]);
  const byYear = countsByYear(allBars);
  const bars = useMemo(() => (openYear && counts ? monthsOfYear(counts, openYear) : allBars), [openYear, counts, allBars]);
  const steps = playSteps(bars);
  const max = Math.max(1, ...bars.map((b) => b.count));
  const chosen = drag ? { first: Math.min(drag.start, drag.end), last: Math.max(drag.start, drag.end) } : bucketsInRange(bars, range);
  const playing = step !== null;

  // Play: one step at a time, everything from the first bar up to the step's bar. The latest
  // bars and callback are read through a ref, so each step runs once per step, not per render.
  const latest = useRef({ bars, steps, onRange });
  latest.current = { bars, steps, onRange };
  useEffect(() => {
    if (step === null) return;
    const { bars: all, steps: order, onRange: show } = latest.current;
    const bar = all[order[step]!];
    if (!bar) return;
    show({ from: all[0]!.from, to: bar.to });
    const timer = setTimeout(() => setStep((s) => (s !== null && s + 1 < order.length ? s + 1 : null)), PLAY_STEP_MS);
    return () => clearTimeout(timer);
  }, [step]);

  // Keyboard focus follows the zoom: onto "All years" when a year opens, back onto its bar after.
  const focusAfterZoom = useRef<string | null>(null);
  useEffect(() => {
    const target = focusAfterZoom.current;
    if (target === null) return;
    focusAfterZoom.current = null;
    if (openYear) back.current?.focus();
    else svg.current?.querySelector<SVGGElement>(`.bar[data-key="${target}"]`)?.focus();
  }, [openYear]);
  const zoom = (year: string | null) => {
    setStep(null);
    focusAfterZoom.current = year ?? openYear;
    setOpenYear(year);
    if (year) onRange({ from: `${year}-01-01`, to: `${year}-12-31` });
  };
  const onBarKey = (event: KeyboardEvent<SVGGElement>, year: string) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    zoom(year);
  };

  const barAt = (event: PointerEvent<SVGSVGElement>) => {
    const box = svg.current!.getBoundingClientRect();
    return Math.min(bars.length - 1, Math.max(0, Math.floor(((event.clientX - box.left) / box.width) * bars.length)));
  };

  if (problem) return <div className="timeline-strip"><ProblemMessage problem={problem} uri={uri} title={t("timeline.countsFailed")} onRetry={onRetry} /></div>;
  if (!counts) return <div className="timeline-strip"><p className="panel-note" role="status">{t("timeline.loadingCounts")}</p></div>;
  if (bars.length === 0) return <div className="timeline-strip"><p className="panel-note">{t("timeline.noDates")}</p></div>;
  const total = bars.reduce((sum, b) => sum + b.count, 0);
  const label = (b: TimeBucket) => t("timeline.bar", { when: b.key, n: b.count });
  const opens = byYear && !openYear;
  const tickEvery = Math.max(1, Math.ceil(bars.length / 12));
  return (
    <section className="timeline-strip" aria-label={t("timeline.axis")}>
      <div className="timeline-controls">
        <button type="button" className="button small primary" onClick={() => setStep(playing ? null : 0)} disabled={steps.length === 0}>
          {playing ? `❚❚ ${t("timeline.pause")}` : `▶ ${t("timeline.play")}`}
        </button>
        <label className="toolbar-field">
          {t("timeline.rangeFrom")}
          <select value={chosen ? bars[chosen.first]!.key : ""} onChange={(e) => {
            const i = bars.findIndex((b) => b.key === e.target.value);
            onRange({ from: i >= 0 ? bars[i]!.from : null, to: range.to });
          }}>
            <option value="">{t("timeline.start")}</option>
            {bars.map((b) => (
              <option key={b.key} value={b.key}>{b.key}</option>
            ))}
          </select>
        </label>
        <label className="toolbar-field">
          {t("timeline.rangeTo")}
          <select value={chosen && range.to ? bars[chosen.last]!.key : ""} onChange={(e) => {
            const i = bars.findIndex((b) => b.key === e.target.value);
            onRange({ from: range.from, to: i >= 0 ? bars[i]!.to : null });
          }}>
            <option value="">{t("timeline.end")}</option>
            {bars.map((b) => (
              <option key={b.key} value={b.key}>{b.key}</option>
            ))}
          </select>
        </label>
        <button type="button" className="button small" disabled={range.from === null && range.to === null} onClick={() => { setStep(null); onRange({ from: null, to: null }); }}>
          {t("timeline.allTime")}
        </button>
        {openYear && (
          <button ref={back} type="button" className="button small" onClick={() => zoom(null)}>
            ← {t("timeline.allYears")}
          </button>
        )}
        <span className="spacer" />
        {openYear && <span className="timeline-zoom">{t("timeline.monthsOf", { year: openYear })}</span>}
        <span className="timeline-total">{t("timeline.total", { n: total })}</span>
      </div>
      <svg
        ref={svg}
        className="timeline-histogram"
        viewBox={`0 0 ${bars.length * 10} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="group"
        data-unit={bars[0]!.key.length === 4 ? "year" : "month"}
        aria-label={t(opens ? "timeline.histogramYears" : "timeline.histogram", { n: total, first: bars[0]!.key, last: bars.at(-1)!.key })}
        onPointerDown={(e) => {
          svg.current!.setPointerCapture?.(e.pointerId);
          setStep(null);
          const i = barAt(e);
          setDrag({ start: i, end: i });
        }}
        onPointerMove={(e) => drag && setDrag({ ...drag, end: barAt(e) })}
        onPointerUp={() => {
          if (!drag) return;
          const first = Math.min(drag.start, drag.end);
          const last = Math.max(drag.start, drag.end);
          setDrag(null);
          // A click on a year (not a drag across years) opens it.
          if (opens && first === last) zoom(bars[first]!.key);
          else onRange({ from: bars[first]!.from, to: bars[last]!.to });
        }}
      >
        {bars.map((b, i) => {
          const h = b.count === 0 ? 0 : Math.max(3, (b.count / max) * (HEIGHT - 4));
          const inside = chosen !== null && i >= chosen.first && i <= chosen.last;
          return (
            <g
              key={b.key}
              className={inside ? "bar in-range" : "bar"}
              data-key={b.key}
              data-count={b.count}
              {...(opens ? { role: "button", tabIndex: 0, "aria-label": t("timeline.openYear", { when: b.key, n: b.count }), onKeyDown: (e: KeyboardEvent<SVGGElement>) => onBarKey(e, b.key) } : {})}
            >
              <rect x={i * 10} y={0} width={10} height={HEIGHT} className="bar-hit" />
              <rect x={i * 10 + 1.5} y={HEIGHT - h} width={7} height={h} className="bar-fill" />
              <title>{label(b)}</title>
            </g>
          );
        })}
      </svg>
      <div className="timeline-ticks" aria-hidden="true">
        {bars.map((b, i) => (
          <span key={b.key} style={{ left: `${((i + 0.5) / bars.length) * 100}%` }}>{i % tickEvery === 0 ? b.key : ""}</span>
        ))}
      </div>
    </section>
  );
}
