/** The timeline's side: what the range is, drawing its events, and the events in order with who was there and a source. */
import { useNeo4j } from "../../../app/neo4j-context.tsx";
import { explainError } from "../../../lib/explain-error.ts";
import { useI18n } from "../../../lib/i18n.tsx";
import { ProblemMessage } from "../../../lib/problem-message.tsx";
import { useEventsInTime, type EventsRange, type TimelineEvent } from "../api/get-events-in-time.ts";

export interface TimelinePanelProps {
  range: EventsRange;
  busy: boolean;
  onDraw(): void;
  onSelectEntity(id: string): void;
  onOpenSource(source: NonNullable<TimelineEvent["source"]>): void;
}

export function EventList({ events, onSelectEntity, onOpenSource }: { events: readonly TimelineEvent[] } & Pick<TimelinePanelProps, "onSelectEntity" | "onOpenSource">) {
  const { t } = useI18n();
  return (
    <ol className="event-list">
      {events.map((e) => (
        <li key={e.id} className="event-item">
          <time dateTime={e.date} className="event-date">{e.date}</time>
          <div className="event-body">
            <button type="button" className="link-button event-name" onClick={() => onSelectEntity(e.id)}>
              {e.name}
            </button>
            <p className="meeting-meta">{[e.type, e.place].filter(Boolean).join(" · ")}</p>
            {e.people.length > 0 && (
              <p className="meeting-others">
                {t("timeline.people")}{" "}
                {e.people.map((p, i) => (
                  <span key={p.id}>
                    {i > 0 && ", "}
                    <button type="button" className="link-button" onClick={() => onSelectEntity(p.id)}>
                      {p.name}
                    </button>
                  </span>
                ))}
              </p>
            )}
            {e.source && (
              <div className="event-source">
                <blockquote>{e.source.quote}</blockquote>
                <button type="button" className="link-button" onClick={() => onOpenSource(e.source!)}>
                  {t("edge.openSource")}
                </button>
              </div>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}

export function TimelinePanel(props: TimelinePanelProps) {
  const { t } = useI18n();
  const { uri } = useNeo4j();
  const events = useEventsInTime(props.range);
  const { from, to } = props.range;
  const rangeText = from || to ? t("timeline.range", { from: from ?? "…", to: to ?? "…" }) : t("timeline.allDates");
  return (
    <section className="view-panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t("timeline.title")}</h2>
      <p className="panel-note">{t("timeline.intro")}</p>
      <p className="chosen">{rangeText}</p>
      <div className="view-form">
        <button type="button" className="button primary" disabled={props.busy} onClick={props.onDraw}>
          {t("timeline.draw")}
        </button>
      </div>
      <section aria-labelledby="timeline-events">
        <h3 id="timeline-events">{t("timeline.events", { n: events.data?.length ?? 0 })}</h3>
        {events.isError && <ProblemMessage problem={explainError(events.error)} uri={uri} title={t("timeline.eventsFailed")} onRetry={() => void events.refetch()} />}
        {!events.data && !events.isError && <p className="panel-note" role="status">{t("timeline.loadingEvents")}</p>}
        {events.data && events.data.length === 0 && <p className="panel-note">{t("timeline.noEvents")}</p>}
        {events.data && <EventList events={events.data} onSelectEntity={props.onSelectEntity} onOpenSource={props.onOpenSource} />}
      </section>
    </section>
  );
}
