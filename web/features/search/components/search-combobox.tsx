/**
 * The search box as an ARIA combobox: type, move through the results with the arrow keys,
 * Enter opens the highlighted one, Escape closes the list (and a second Escape clears).
 * Results are grouped by kind of entity, each with its title, country, kind or date beside it.
 */
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from "react";
import { displayName, named, useI18n } from "../../../lib/i18n.tsx";
import type { Problem } from "../../../lib/explain-error.ts";
import { ENTITY_LABELS } from "../../../lib/view-state.ts";
import { LABEL_STYLES } from "../../../graph-view/label-styles.ts";
import type { SearchResult } from "../api/search-entities.ts";
import { ProblemMessage } from "../../../lib/problem-message.tsx";

export interface SearchComboboxProps {
  value: string;
  onChange(value: string): void;
  results: SearchResult[] | undefined;
  /** The results are for an older input, a newer search is running. */
  searching: boolean;
  problem: Problem | null;
  onRetry(): void;
  onChoose(result: SearchResult): void;
  /** The server, named in error messages. */
  uri?: string;
  /** The box's name and hint when it picks something other than what to open (e.g. a path's end). */
  label?: string;
  placeholder?: string;
}

function grouped(results: readonly SearchResult[]): { label: string; results: SearchResult[] }[] {
  const order = [...ENTITY_LABELS, ...new Set(results.map((r) => r.label))];
  return [...new Set(order)]
    .map((label) => ({ label, results: results.filter((r) => r.label === label) }))
    .filter((g) => g.results.length > 0);
}

export function SearchCombobox({ value, onChange, results, searching, problem, onRetry, onChoose, uri, label, placeholder }: SearchComboboxProps) {
  const { t, lang } = useI18n();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const groups = useMemo(() => grouped(results ?? []), [results]);
  const flat = useMemo(() => groups.flatMap((g) => g.results), [groups]);
  const hasInput = value.trim().length > 0;
  const showPopup = open && hasInput && (flat.length > 0 || searching || problem !== null || results !== undefined);
  const optionId = (index: number) => `${id}-option-${index}`;
  useEffect(() => {
    if (active >= 0) document.getElementById(`${id}-option-${active}`)?.scrollIntoView?.({ block: "nearest" });
  }, [active, id]);

  const choose = (result: SearchResult | undefined) => {
    if (!result) return;
    onChoose(result);
    onChange(displayName(result, lang));
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const move = (step: number) => {
      event.preventDefault();
      setOpen(true);
      if (flat.length > 0) setActive((i) => (i + step + flat.length) % flat.length);
    };
    if (event.key === "ArrowDown") move(1);
    else if (event.key === "ArrowUp") move(active < 0 ? 0 : -1);
    else if (event.key === "Enter") {
      event.preventDefault();
      choose(flat[active >= 0 ? active : 0]);
    } else if (event.key === "Escape") {
      event.preventDefault();
      if (showPopup) setOpen(false);
      else onChange("");
      setActive(-1);
    }
  };

  let index = -1;
  return (
    <div className="search" role="search" aria-label={label}>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {label ?? t("search.label")}
      </label>
      <input
        id={`${id}-input`}
        className="search-input"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder ?? t("search.placeholder")}
        aria-autocomplete="list"
        aria-expanded={showPopup}
        aria-controls={`${id}-listbox`}
        aria-activedescendant={showPopup && active >= 0 ? optionId(active) : undefined}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      {searching && hasInput && <span className="search-spinner" aria-hidden="true" />}
      <div className="search-popup" hidden={!showPopup}>
        {problem && <ProblemMessage problem={problem} title={t("search.failed")} uri={uri} onRetry={onRetry} />}
        {!problem && results !== undefined && flat.length === 0 && !searching && <p className="search-empty">{t("search.none", { q: value.trim() })}</p>}
        <div role="listbox" id={`${id}-listbox`} aria-label={label ?? t("search.label")} className="search-listbox">
          {groups.map((group) => (
            <div role="group" key={group.label} aria-label={named(t, "group", group.label)} className="search-group">
              <div className="search-group-heading" aria-hidden="true">
                {named(t, "group", group.label)}
              </div>
              {group.results.map((result) => {
                index += 1;
                const mine = index;
                const color = LABEL_STYLES.find((s) => s.label === result.label)?.color;
                const detail = lang === "vi" ? result.detailVi : result.detail;
                return (
                  <div
                    key={result.id}
                    id={optionId(mine)}
                    role="option"
                    aria-selected={mine === active}
                    className="search-option"
                    onMouseDown={(event) => event.preventDefault()}
                    onMouseEnter={() => setActive(mine)}
                    onClick={() => choose(result)}
                  >
                    <span className="search-option-dot" style={{ background: color }} aria-hidden="true" />
                    <span className="search-option-name">{displayName(result, lang)}</span>
                    {detail && <span className="search-option-detail">{detail}</span>}
                  </div>
                );
              })}
            </div>
          ))}
        </div>
      </div>
      <span className="visually-hidden" aria-live="polite">
        {showPopup && !searching && results !== undefined ? t("search.results", { n: flat.length }) : ""}
      </span>
    </div>
  );
}
