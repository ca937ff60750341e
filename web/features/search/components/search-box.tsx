import { useEffect, useState } from "react";
import { useNeo4j } from "../../../app/neo4j-context.tsx";
import { explainError } from "../../../lib/explain-error.ts";
import { useSearchEntities, type SearchResult } from "../api/search-entities.ts";
import { SearchCombobox } from "./search-combobox.tsx";

/** Waits this long after the last key before asking Neo4j: one query per pause, not per letter. */
const TYPING_PAUSE_MS = 180;

export interface SearchBoxProps {
  onChoose(result: SearchResult): void;
  /** Only results of these labels (all when absent): a picker for people or places. */
  labels?: readonly string[];
  label?: string;
  placeholder?: string;
}

export function SearchBox({ onChoose, labels, label, placeholder }: SearchBoxProps) {
  const [value, setValue] = useState("");
  const [settled, setSettled] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  const search = useSearchEntities(settled);
  const { uri } = useNeo4j();
  return (
    <SearchCombobox
      value={value}
      onChange={setValue}
      results={settled.trim() ? (labels ? search.data?.filter((r) => labels.includes(r.label)) : search.data) : undefined}
      searching={search.isFetching || value !== settled}
      problem={search.isError ? explainError(search.error) : null}
      onRetry={() => void search.refetch()}
      onChoose={onChoose}
      uri={uri}
      label={label}
      placeholder={placeholder}
    />
  );
}
