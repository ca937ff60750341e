/**
 * The graph: draws the explorer's elements with Cytoscape, lays out what arrives, applies
 * filters, captions and pins, highlights around the selection or the pointer, and reports
 * clicks (select), double-clicks (expand) and right-clicks (a menu of the node's actions).
 */
import type { EventObject } from "cytoscape";
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { applyCaptions, applyPins, applyVisibility, highlightAround, shortCaption, syncElements, type DrawnGraph } from "../../../graph-view/canvas-sync.ts";
import { canvasCounts } from "../../../graph-view/canvas-counts.ts";
import { applyDecorations, applyIsolation, isolatedNodes, NO_DECORATIONS, type CanvasDecorations } from "../../../graph-view/decorations.ts";
import { fitView, runLayout } from "../../../graph-view/layout-runner.ts";
import { useCytoscape } from "../../../graph-view/use-cytoscape.ts";
import { displayName, named, useI18n } from "../../../lib/i18n.tsx";
import type { Problem } from "../../../lib/explain-error.ts";
import type { LayoutName, Selection, ViewState } from "../../../lib/view-state.ts";
import { CanvasOverlay } from "./canvas-overlay.tsx";
import { CanvasToolbar } from "./canvas-toolbar.tsx";
import { Legend } from "./legend.tsx";
import { NodeMenu, type NodeMenuAction } from "./node-menu.tsx";

export interface GraphCanvasProps {
  graph: DrawnGraph;
  view: ViewState;
  totals: Readonly<Record<string, number>>;
  pinned: readonly string[];
  arrival: { seq: number; ids: readonly string[]; near: string | null };
  relayout: number;
  focus: number;
  loading: boolean;
  failure: { problem: Problem; retry(): void } | null;
  notice: string | null;
  canStart: boolean;
  /** What the open view adds to the drawing (sizes, colours, emphasis). */
  decorations?: CanvasDecorations;
  /** Shown over the canvas, bottom: the timeline's histogram and player. */
  footer?: ReactNode;
  onSelect(selection: Selection): void;
  onExpand(id: string): void;
  /** The node menu's other actions, as in the details panel. */
  onPathFrom(id: string): void;
  onPathTo(id: string): void;
  onTogglePin(id: string): void;
  onHide(id: string): void;
  onShowOverview(): void;
  onLayout(layout: LayoutName): void;
  onRelayout(): void;
  onLimit(limit: number): void;
  onShowHidden(): void;
  onClear(): void;
  onDismissNotice(): void;
}

export function GraphCanvas(props: GraphCanvasProps) {
  const { graph, view, totals, pinned, arrival, relayout, focus } = props;
  const { t, lang } = useI18n();
  const { containerRef, cy } = useCytoscape();
  const callbacks = useRef(props);
  callbacks.current = props;
  const selectedId = view.selection?.id ?? null;
  const selectedRef = useRef(selectedId);
  selectedRef.current = selectedId;

  const more = useMemo(() => {
    const left = new Map<string, number>();
    for (const x of view.expansions) {
      const total = totals[x.id];
      if (total !== undefined && total > x.loaded) left.set(x.id, total - x.loaded);
    }
    return left;
  }, [view.expansions, totals]);

  useEffect(() => {
    if (cy) syncElements(cy, graph, arrival.near);
  }, [cy, graph, arrival.near]);

  useEffect(() => {
    if (!cy) return;
    applyCaptions(cy, {
      node: (data) => {
        const left = more.get(data.id);
        const name = shortCaption(displayName(data, lang));
        return left ? `${name}\n${t("canvas.more", { n: left })}` : name;
      },
      edge: (data) => named(t, "type", data.type),
    });
    cy.batch(() => cy.nodes().forEach((n) => void n.data("more", more.get(n.id()) ?? 0)));
  }, [cy, graph, more, lang, t]);

  const decorations = props.decorations ?? NO_DECORATIONS;
  const hidden = useMemo(() => new Set(view.hidden), [view.hidden]);
  const isolated = useMemo(
    () => (decorations.hideIsolated ? isolatedNodes(graph, view.filters, hidden) : new Set<string>()),
    [graph, view.filters, hidden, decorations.hideIsolated],
  );
  useEffect(() => {
    if (!cy) return;
    applyVisibility(cy, view.filters, hidden);
    applyIsolation(cy, isolated);
  }, [cy, graph, view.filters, hidden, isolated]);

  useEffect(() => {
    if (cy) applyDecorations(cy, decorations);
  }, [cy, graph, decorations]);

  useEffect(() => {
    if (cy) applyPins(cy, new Set(pinned));
  }, [cy, graph, pinned]);

  // Layout: new elements settle in around what was there; a relayout redoes everything. Until
  // the arrival or relayout asked for is laid out, the canvas says it is busy.
  const [settled, setSettled] = useState({ arrival: arrival.seq, relayout });
  const layingOut = arrival.seq !== settled.arrival || relayout !== settled.relayout;
  const layout = useRef(view.layout);
  layout.current = view.layout;
  const laidOutOnce = useRef(false);
  useEffect(() => {
    if (!cy || !layingOut) return;
    const target = { arrival: arrival.seq, relayout };
    const asked = relayout !== settled.relayout;
    if (!asked && arrival.ids.length === 0) {
      setSettled(target);
      return;
    }
    let current = true;
    const incremental = !asked && cy.nodes().length > arrival.ids.length;
    runLayout(cy, layout.current, { fresh: incremental ? arrival.ids : undefined, focus: asked ? null : arrival.near })
      .catch(() => fitView(cy, cy.elements(":visible"), false))
      .finally(() => {
        laidOutOnce.current = true;
        if (current) setSettled(target);
      });
    return () => {
      current = false;
    };
  }, [cy, arrival, relayout, layingOut, settled.relayout]);

  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements(":selected").unselect();
      if (selectedId) cy.getElementById(selectedId).select();
    });
    highlightAround(cy, selectedId);
  }, [cy, graph, selectedId]);

  useEffect(() => {
    if (!cy || focus === 0 || !selectedRef.current || !laidOutOnce.current) return;
    const element = cy.getElementById(selectedRef.current);
    if (element.nonempty() && element.visible()) void fitView(cy, cy.$id(element.id()).closedNeighborhood(":visible"), true);
  }, [cy, focus]);

  useEffect(() => {
    if (!cy) return;
    const onTap = (event: EventObject) => {
      const target = event.target;
      if (target === cy) callbacks.current.onSelect(null);
      else if (target.isNode()) callbacks.current.onSelect({ kind: "node", id: target.id() });
      else callbacks.current.onSelect({ kind: "edge", id: target.id(), source: target.data("source") as string });
    };
    const onDoubleTap = (event: EventObject) => callbacks.current.onExpand(event.target.id());
    const onOver = (event: EventObject) => highlightAround(cy, event.target.id());
    const onOut = () => highlightAround(cy, selectedRef.current);
    cy.on("tap", onTap);
    cy.on("dbltap", "node", onDoubleTap);
    cy.on("mouseover", "node, edge", onOver);
    cy.on("mouseout", "node, edge", onOut);
    return () => {
      cy.off("tap", onTap);
      cy.off("dbltap", "node", onDoubleTap);
      cy.off("mouseover", "node, edge", onOver);
      cy.off("mouseout", "node, edge", onOut);
    };
  }, [cy]);

  // The node menu: opened by a right-click on a node, or from the keyboard (the context-menu key or
  // Shift+F10) on the selected node; any move of the viewport leaves it pointing at nothing, so closes it.
  const [menu, setMenu] = useState<{ id: string; at: { x: number; y: number } } | null>(null);
  const openMenu = (id: string) => {
    if (!cy) return;
    const node = cy.getElementById(id);
    if (node.empty() || !node.isNode() || !node.visible()) return;
    const at = node.renderedPosition();
    // Kept inside the canvas: the menu is about 12rem by 11rem.
    setMenu({ id, at: { x: Math.max(0, Math.min(at.x, cy.width() - 200)), y: Math.max(0, Math.min(at.y, cy.height() - 180)) } });
  };
  const openMenuRef = useRef(openMenu);
  openMenuRef.current = openMenu;
  useEffect(() => {
    if (!cy) return;
    const onContextTap = (event: EventObject) => openMenuRef.current(event.target.id());
    const close = () => setMenu(null);
    cy.on("cxttap", "node", onContextTap);
    cy.on("viewport remove", close);
    return () => {
      cy.off("cxttap", "node", onContextTap);
      cy.off("viewport remove", close);
    };
  }, [cy]);
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const asked = event.key === "ContextMenu" || (event.key === "F10" && event.shiftKey);
    if (!asked || menu || view.selection?.kind !== "node") return;
    event.preventDefault();
    openMenu(view.selection.id);
  };
  const choose = (id: string, action: NodeMenuAction) => {
    setMenu(null);
    const p = callbacks.current;
    if (action === "expand") p.onExpand(id);
    else if (action === "pathFrom") p.onPathFrom(id);
    else if (action === "pathTo") p.onPathTo(id);
    else if (action === "pin") p.onTogglePin(id);
    else p.onHide(id);
  };
  const menuNode = menu ? graph.nodes.get(menu.id) : undefined;

  const shown = useMemo(() => canvasCounts(graph, { filters: view.filters, hidden, isolated }), [graph, view.filters, hidden, isolated]);

  const empty = graph.nodes.size === 0;
  return (
    <section className="graph-canvas" aria-label={t("canvas.label")} aria-busy={props.loading || layingOut} onKeyDown={onKeyDown}>
      <CanvasToolbar
        cy={cy}
        layout={view.layout}
        limit={view.limit}
        hiddenCount={view.hidden.length}
        empty={empty}
        onLayout={props.onLayout}
        onRelayout={props.onRelayout}
        onLimit={props.onLimit}
        onShowHidden={props.onShowHidden}
        onClear={props.onClear}
      />
      {/* The browser's own menu would cover ours. Cytoscape already cancels it on its surface; this
          covers what sits over the canvas too (the node menu, the legend, the messages). */}
      <div className="graph-canvas-stage" onContextMenu={(e) => e.preventDefault()}>
        <div ref={containerRef} className="graph-canvas-surface" data-testid="graph-canvas" />
        <CanvasOverlay
          empty={empty}
          loading={props.loading}
          layingOut={layingOut}
          failure={props.failure}
          notice={props.notice}
          counts={shown}
          canStart={props.canStart}
          onShowOverview={props.onShowOverview}
          onDismissNotice={props.onDismissNotice}
        />
        <Legend />
        {menu && menuNode && (
          <NodeMenu
            name={displayName(menuNode, lang)}
            at={menu.at}
            pinned={pinned.includes(menu.id)}
            onChoose={(action) => choose(menu.id, action)}
            onClose={() => setMenu(null)}
          />
        )}
      </div>
      {props.footer}
    </section>
  );
}
