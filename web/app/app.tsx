import { useState } from "react";
import { ConnectionDialog } from "../features/connection/components/connection-dialog.tsx";
import { ConnectionBanner, ConnectionStatus } from "../features/connection/components/connection-status.tsx";
import { DetailsPanel } from "../features/details/components/details-panel.tsx";
import { useCountries } from "../features/filters/api/get-countries.ts";
import { FilterPanel } from "../features/filters/components/filter-panel.tsx";
import { GraphCanvas } from "../features/graph-canvas/components/graph-canvas.tsx";
import { LanguageToggle } from "../features/language/components/language-toggle.tsx";
import { ReaderPanel, type ReaderTarget } from "../features/reader/components/reader-panel.tsx";
import { SearchBox } from "../features/search/components/search-box.tsx";
import { displayName, useI18n } from "../lib/i18n.tsx";
import { useExplorer } from "./use-explorer.ts";
import { useQuestionViews } from "./question-views.tsx";
import { ViewTabs } from "./view-tabs.tsx";
import { useNeo4j } from "./neo4j-context.tsx";

export function App() {
  const { t, lang } = useI18n();
  const { status } = useNeo4j();
  const { state, activity, actions } = useExplorer();
  const countries = useCountries();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [reading, setReading] = useState<ReaderTarget | null>(null);
  const { view } = state;
  const notice = activity.notice;
  const noticeNode = notice?.key === "canvas.nothingNew" ? state.graph.nodes.get(notice.id) : undefined;
  const views = useQuestionViews({
    state,
    actions,
    busy: activity.pending > 0,
    countries: countries.data ?? [],
    onOpenSource: (s) => setReading({ docId: s.docId, start: s.start, end: s.end, quote: s.quote }),
  });
  const filterPanel = <FilterPanel filters={view.filters} countries={countries.data ?? []} onChange={actions.setFilters} />;

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            K
          </span>
          <div>
            <h1>Ketnoi</h1>
            <p className="brand-tagline">{t("app.tagline")}</p>
          </div>
        </div>
        <SearchBox onChoose={(result) => void actions.open(result.id)} />
        <div className="header-tools">
          <ConnectionStatus onOpenSettings={() => setSettingsOpen(true)} />
          <LanguageToggle />
        </div>
      </header>
      <ViewTabs current={view.question.view} onChange={(name) => actions.ask({ view: name })} />
      <ConnectionBanner onOpenSettings={() => setSettingsOpen(true)} />
      <main className="app-main">
        {views.panel ? (
          <div className="side-column">
            {views.panel}
            <details className="side-filters">
              <summary>{t("views.filters")}</summary>
              {filterPanel}
            </details>
          </div>
        ) : (
          filterPanel
        )}
        <div className="canvas-column">
          <GraphCanvas
            graph={state.graph}
            view={view}
            totals={state.totals}
            pinned={state.pinned}
            arrival={state.arrival}
            relayout={state.relayout}
            focus={state.focus}
            loading={activity.pending > 0}
            failure={activity.failure}
            notice={notice ? t(notice.key, { name: noticeNode ? displayName(noticeNode, lang) : "" }) : null}
            canStart={status.state === "connected"}
            onSelect={(selection) => actions.select(selection)}
            onExpand={(id) => void actions.expand(id)}
            onPathFrom={(id) => actions.ask({ view: "paths", pathFrom: id })}
            onPathTo={(id) => actions.ask({ view: "paths", pathTo: id })}
            onTogglePin={(id) => actions.pin(id, !state.pinned.includes(id))}
            onHide={actions.hide}
            onShowOverview={() => void actions.showOverview()}
            onLayout={actions.setLayout}
            onRelayout={actions.relayout}
            onLimit={actions.setLimit}
            onShowHidden={actions.showHidden}
            onClear={actions.clear}
            onDismissNotice={actions.dismissNotice}
            decorations={views.decorations}
            footer={views.footer}
          />
          {reading && <ReaderPanel target={reading} onClose={() => setReading(null)} />}
        </div>
        <DetailsPanel
          lead={views.detailsLead}
          selection={view.selection}
          expansion={(id) => {
            const x = view.expansions.find((e) => e.id === id);
            const total = state.totals[id];
            return x && total !== undefined ? { loaded: x.loaded, total } : null;
          }}
          limit={view.limit}
          pinned={(id) => state.pinned.includes(id)}
          busy={activity.pending > 0}
          onSelect={(selection) => actions.select(selection, true)}
          onExpand={(id, types) => void actions.expand(id, types)}
          onTogglePin={(id) => actions.pin(id, !state.pinned.includes(id))}
          onHide={actions.hide}
          onOpenEvidence={(e) => setReading({ docId: e.docId, start: e.start, end: e.end, quote: e.quote })}
          onPathFrom={(id) => actions.ask({ view: "paths", pathFrom: id })}
        />
      </main>
      {settingsOpen && <ConnectionDialog onClose={() => setSettingsOpen(false)} />}
    </div>
  );
}
