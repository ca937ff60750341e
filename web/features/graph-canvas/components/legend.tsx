/**
 * What the shapes, colours and lines mean: the same data the stylesheet is built from. Folded
 * by default, since the filter panel shows the same samples beside every label and type.
 */
import { LABEL_STYLES } from "../../../graph-view/label-styles.ts";
import { LineSample, ShapeSample } from "../../../graph-view/legend-samples.tsx";
import { RELATIONSHIP_STYLES } from "../../../graph-view/relationship-styles.ts";
import { named, useI18n } from "../../../lib/i18n.tsx";

export function Legend() {
  const { t } = useI18n();
  return (
    <details className="legend">
      <summary>{t("legend.label")}</summary>
      <ul aria-label={t("filters.labels")}>
        {LABEL_STYLES.filter((s) => s.label !== "Document").map((s) => (
          <li key={s.label}>
            <ShapeSample shape={s.shape} color={s.color} />
            {named(t, "label", s.label)}
          </li>
        ))}
      </ul>
      <ul aria-label={t("filters.types")}>
        {RELATIONSHIP_STYLES.map((s) => (
          <li key={s.type}>
            <LineSample color={s.color} line={s.line} directed={s.directed} />
            {named(t, "type", s.type)}
          </li>
        ))}
      </ul>
    </details>
  );
}
