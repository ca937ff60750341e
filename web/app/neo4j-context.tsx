import { createContext, useContext, type ReactNode } from "react";
import type { Driver } from "neo4j-driver";

interface Neo4jContextValue {
  driver: Driver;
  database?: string;
  uri: string;
}

const Neo4jContext = createContext<Neo4jContextValue | null>(null);

export function Neo4jProvider({ value, children }: { value: Neo4jContextValue; children: ReactNode }) {
  return <Neo4jContext.Provider value={value}>{children}</Neo4jContext.Provider>;
}

export function useNeo4j(): Neo4jContextValue {
  const value = useContext(Neo4jContext);
  if (!value) throw new Error("useNeo4j outside Neo4jProvider");
  return value;
}
