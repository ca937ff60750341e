/** The views, one click away: a bar of buttons under the header, the open one pressed. */
import { useI18n } from "../lib/i18n.tsx";
import { VIEW_NAMES, type ViewName } from "../lib/view-state.ts";

const ICONS: Record<ViewName, string> = { explore: "◎", met: "⇄", partners: "⬡", paths: "↝", timeline: "▤", rank: "★" };

export function ViewTabs({ current, onChange }: { current: ViewName; onChange(view: ViewName): void }) {
  const { t } = useI18n();
  return (
    <nav className="view-tabs" aria-label={t("views.label")}>
      {VIEW_NAMES.map((name) => (
        <button key={name} type="button" className="view-tab" aria-pressed={name === current} onClick={() => onChange(name)}>
          <span className="view-tab-icon" aria-hidden="true">
            {ICONS[name]}
          </span>
          {t(`view.${name}`)}
        </button>
      ))}
    </nav>
  );
}
