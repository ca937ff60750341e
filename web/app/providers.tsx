import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import type { Driver } from "neo4j-driver";
import { Neo4jProvider } from "./neo4j-context.tsx";

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { staleTime: 60_000, retry: 1, refetchOnWindowFocus: false } } });
}

export function Providers(props: { driver: Driver; uri: string; database?: string; queryClient: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={props.queryClient}>
      <Neo4jProvider value={{ driver: props.driver, uri: props.uri, database: props.database }}>{props.children}</Neo4jProvider>
    </QueryClientProvider>
  );
}
