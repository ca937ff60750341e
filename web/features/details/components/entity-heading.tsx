import { LABEL_STYLES } from "../../../graph-view/label-styles.ts";
import { ShapeSample } from "../../../graph-view/legend-samples.tsx";
import { displayName, named, useI18n } from "../../../lib/i18n.tsx";

/** The kind of entity (shape and colour as on the canvas) above its name in the chosen language. */
export function EntityHeading({ entity }: { entity: { label: string; name: string; nameVi?: unknown } }) {
  const { t, lang } = useI18n();
  const style = LABEL_STYLES.find((s) => s.label === entity.label);
  return (
    <header className="entity-heading">
      <p className="entity-kind">
        {style && <ShapeSample shape={style.shape} color={style.color} />}
        {named(t, "label", entity.label)}
      </p>
      <h2>{displayName(entity, lang)}</h2>
    </header>
  );
}
