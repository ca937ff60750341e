/** An entity: its names in both languages, aliases, titles and other facts, actions, relationships. */
import type { ReactNode } from "react";
import { useI18n } from "../../../lib/i18n.tsx";
import type { EntityDetails, RelationshipSummary } from "../api/get-entity-details.ts";
import { EntityHeading } from "./entity-heading.tsx";
import { NodeActions, type NodeActionsProps } from "./node-actions.tsx";
import { RelationshipList } from "./relationship-list.tsx";

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string" && v.length > 0) : [];
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function NodeDetails({ details, actions, onSelectRelationship }: { details: EntityDetails; actions: NodeActionsProps; onSelectRelationship(r: RelationshipSummary): void }) {
  const { t, lang } = useI18n();
  const entity = details.entity;
  const nameVi = typeof entity.nameVi === "string" ? entity.nameVi : null;
  const names = new Set([entity.name, nameVi].filter(Boolean).map((n) => n!.toLowerCase()));
  const aliases = [...new Set(strings(entity.aliases))].filter((a) => !names.has(a.toLowerCase()));
  const titles = [...new Set(strings(entity.titles))];
  const country = details.country ? (lang === "vi" && details.country.nameVi ? details.country.nameVi : details.country.name) : null;
  return (
    <div className="node-details">
      <EntityHeading entity={entity} />
      <dl className="facts">
        <Fact term={t("details.nameEn")}>{entity.name}</Fact>
        {nameVi && <Fact term={t("details.nameVi")}>{nameVi}</Fact>}
        {typeof entity.kind === "string" && <Fact term={t("details.kind")}>{entity.kind}</Fact>}
        {typeof entity.eventType === "string" && <Fact term={t("details.eventType")}>{entity.eventType}</Fact>}
        {typeof entity.date === "string" && <Fact term={t("details.date")}>{entity.date}</Fact>}
        {country && <Fact term={t("details.country")}>{country}</Fact>}
      </dl>
      {titles.length > 0 && (
        <section aria-label={t("details.titles")}>
          <h3>{t("details.titles")}</h3>
          <ul className="plain-list">
            {titles.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        </section>
      )}
      {aliases.length > 0 && (
        <section aria-label={t("details.aliases")}>
          <h3>{t("details.aliases")}</h3>
          <p className="aliases">{aliases.join(" · ")}</p>
        </section>
      )}
      <NodeActions {...actions} />
      <RelationshipList details={details} onSelect={onSelectRelationship} />
    </div>
  );
}
