import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { explainError, isConnectionProblem } from "../lib/explain-error.ts";
import { I18nProvider } from "../lib/i18n.tsx";
import { ConnectionProvider } from "./neo4j-context.tsx";

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        // Once more for a passing hiccup; a server that is down or refuses us waits for Retry.
        retry: (failures, error) => failures < 1 && !isConnectionProblem(explainError(error)),
        refetchOnWindowFocus: false,
      },
    },
  });
}

export function Providers(props: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={props.queryClient}>
      <I18nProvider>
        <ConnectionProvider>{props.children}</ConnectionProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
