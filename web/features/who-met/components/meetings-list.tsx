/**
 * The meetings behind one MET line: each event with its type, date and place, who else was
 * there, and the sentences that put the two there (each opens the reader at the sentence).
 */
import { useNeo4j } from "../../../app/neo4j-context.tsx";
import { explainError } from "../../../lib/explain-error.ts";
import { useI18n } from "../../../lib/i18n.tsx";
import { ProblemMessage } from "../../../lib/problem-message.tsx";
import { useMeetingsBetween, type Meeting, type MeetingSource } from "../api/get-meetings-between.ts";

export interface MeetingsListProps {
  a: { id: string; name: string };
  b: { id: string; name: string };
  onOpenSource(source: MeetingSource): void;
}

export function MeetingsView({ meetings, a, b, onOpenSource }: MeetingsListProps & { meetings: readonly Meeting[] }) {
  const { t } = useI18n();
  return (
    <section className="meetings" aria-label={t("met.meetingsOf", { a: a.name, b: b.name })}>
      <h3>{t("met.meetingsOf", { a: a.name, b: b.name })}</h3>
      {meetings.length === 0 && <p className="panel-note">{t("met.noMeetings")}</p>}
      <ol className="meeting-list">
        {meetings.map((m) => (
          <li key={m.id} className="meeting">
            <p className="meeting-name">{m.name}</p>
            <p className="meeting-meta">{[m.type, m.date, m.place].filter(Boolean).join(" · ")}</p>
            {m.others.length > 0 && <p className="meeting-others">{t("met.alsoThere", { names: m.others.join(", ") })}</p>}
            <ul className="meeting-sources">
              {m.sources.map((s) => (
                <li key={`${s.docId}|${s.start}`}>
                  <blockquote>{s.quote}</blockquote>
                  <button type="button" className="link-button" onClick={() => onOpenSource(s)}>
                    {t("edge.openSource")}
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function MeetingsList(props: MeetingsListProps) {
  const { t } = useI18n();
  const { uri } = useNeo4j();
  const query = useMeetingsBetween({ a: props.a.id, b: props.b.id });
  if (query.isError) return <ProblemMessage problem={explainError(query.error)} uri={uri} title={t("met.meetingsFailed")} onRetry={() => void query.refetch()} />;
  if (!query.data) return <p className="panel-note" role="status">{t("met.loadingMeetings")}</p>;
  return <MeetingsView {...props} meetings={query.data} />;
}
