/** Layout, view and canvas tools above the graph. */
import type { Core } from "cytoscape";
import { useState } from "react";
import { named, useI18n } from "../../../lib/i18n.tsx";
import { LAYOUT_NAMES, isLayoutName, type LayoutName } from "../../../lib/view-state.ts";

export interface CanvasToolbarProps {
  cy: Core | null;
  layout: LayoutName;
  limit: number;
  hiddenCount: number;
  empty: boolean;
  onLayout(layout: LayoutName): void;
  onRelayout(): void;
  onLimit(limit: number): void;
  onShowHidden(): void;
  onClear(): void;
}

const ZOOM_STEP = 1.4;

function zoomBy(cy: Core, factor: number) {
  const extent = cy.extent();
  cy.animate({ zoom: { level: cy.zoom() * factor, position: { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 } } }, { duration: 200 });
}

export function CanvasToolbar({ cy, layout, limit, hiddenCount, empty, onLayout, onRelayout, onLimit, onShowHidden, onClear }: CanvasToolbarProps) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const copyLink = () => {
    void navigator.clipboard?.writeText(location.href).then(() => {
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    });
  };
  return (
    <div className="canvas-toolbar" role="toolbar" aria-label={t("toolbar.label")}>
      <label className="toolbar-field">
        {t("toolbar.layout")}
        <select value={layout} onChange={(e) => isLayoutName(e.target.value) && onLayout(e.target.value)}>
          {LAYOUT_NAMES.map((name) => (
            <option key={name} value={name}>
              {named(t, "layout", name)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="tool" onClick={onRelayout} disabled={empty} title={t("toolbar.relayout")} aria-label={t("toolbar.relayout")}>
        ⟳
      </button>
      <span className="toolbar-separator" aria-hidden="true" />
      <button type="button" className="tool" onClick={() => cy?.animate({ fit: { eles: cy.elements(":visible"), padding: 40 } }, { duration: 250 })} title={t("toolbar.fit")} aria-label={t("toolbar.fit")}>
        ⤢
      </button>
      <button type="button" className="tool" onClick={() => cy && zoomBy(cy, ZOOM_STEP)} title={t("toolbar.zoomIn")} aria-label={t("toolbar.zoomIn")}>
        +
      </button>
      <button type="button" className="tool" onClick={() => cy && zoomBy(cy, 1 / ZOOM_STEP)} title={t("toolbar.zoomOut")} aria-label={t("toolbar.zoomOut")}>
        −
      </button>
      <span className="toolbar-separator" aria-hidden="true" />
      <label className="toolbar-field">
        {t("toolbar.limit")}
        <input
          type="number"
          min={1}
          max={500}
          value={limit}
          className="limit-input"
          onChange={(e) => {
            const value = Number(e.target.value);
            if (Number.isInteger(value) && value >= 1 && value <= 500) onLimit(value);
          }}
        />
      </label>
      <span className="spacer" />
      {hiddenCount > 0 && (
        <button type="button" className="button small" onClick={onShowHidden}>
          {t("toolbar.showHidden", { n: hiddenCount })}
        </button>
      )}
      <button type="button" className="button small" onClick={copyLink} disabled={empty}>
        {copied ? t("toolbar.copied") : t("toolbar.share")}
      </button>
      <button type="button" className="button small" onClick={onClear} disabled={empty}>
        {t("toolbar.clear")}
      </button>
    </div>
  );
}
