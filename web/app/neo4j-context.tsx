/**
 * The connection to Neo4j: where it is (the app server's, or one the user entered), the one
 * driver for it, and whether it works. Every query key carries `generation`, so a new driver
 * (Retry, another server) re-runs the questions on screen.
 */
import { useQueryClient } from "@tanstack/react-query";
import type { Driver } from "neo4j-driver";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import {
  fetchConnectionConfig,
  forgetConnection,
  rememberConnection,
  rememberedConnection,
  sameServer,
  type ConnectionConfig,
  type RememberedConnection,
} from "../lib/connection-config.ts";
import { createDriver } from "../lib/driver.ts";
import { explainError, isConnectionProblem, type Problem } from "../lib/explain-error.ts";

export type ConnectionStatus =
  | { state: "starting" }
  | { state: "connecting" }
  | { state: "connected" }
  | { state: "failed"; problem: Problem }
  /** A remembered connection whose password is gone with the last tab, or no server config. */
  | { state: "needs-settings"; problem?: Problem };

interface Neo4jContextValue {
  driver: Driver | null;
  database?: string;
  uri: string;
  username: string;
  generation: number;
  status: ConnectionStatus;
  /** The app server's connection, without its password, for the dialog's "use default". */
  serverDefault: RememberedConnection | null;
  retry(): void;
  connect(config: ConnectionConfig): void;
  connectToServerDefault(): void;
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

export function ConnectionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [serverConfig, setServerConfig] = useState<ConnectionConfig | null>(null);
  const [config, setConfig] = useState<RememberedConnection | null>(null);
  const [active, setActive] = useState<{ driver: Driver; generation: number } | null>(null);
  const [status, setStatus] = useState<ConnectionStatus>({ state: "starting" });
  const current = useRef<{ driver: Driver | null; generation: number; config: ConnectionConfig | null }>({ driver: null, generation: 0, config: null });

  const open = useCallback((next: ConnectionConfig) => {
    const previous = current.current.driver;
    const generation = current.current.generation + 1;
    const driver = createDriver(next);
    current.current = { driver, generation, config: next };
    void previous?.close();
    setConfig({ uri: next.uri, username: next.username, ...(next.database ? { database: next.database } : {}) });
    setActive({ driver, generation });
    setStatus({ state: "connecting" });
    driver.verifyConnectivity({ database: next.database }).then(
      () => current.current.generation === generation && setStatus({ state: "connected" }),
      (error: unknown) => current.current.generation === generation && setStatus({ state: "failed", problem: explainError(error) }),
    );
  }, []);

  useEffect(() => {
    let cancelled = false;
    const remembered = rememberedConnection();
    fetchConnectionConfig().then(
      (server) => {
        if (cancelled) return;
        setServerConfig(server);
        if (!remembered || sameServer(remembered, server)) open(server);
        else {
          setConfig(remembered);
          setStatus({ state: "needs-settings" });
        }
      },
      (error: unknown) => {
        if (cancelled) return;
        if (remembered) setConfig(remembered);
        setStatus({ state: "needs-settings", problem: explainError(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [open]);

  useEffect(() => () => void current.current.driver?.close(), []);

  // A question that fails because the server went away (or refused us) says so in the status too.
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== "updated" || event.action.type !== "error") return;
        const problem = explainError(event.action.error);
        if (isConnectionProblem(problem)) setStatus({ state: "failed", problem });
      }),
    [queryClient],
  );

  const value = useMemo<Neo4jContextValue>(
    () => ({
      driver: active?.driver ?? null,
      database: config?.database,
      uri: config?.uri ?? serverConfig?.uri ?? "",
      username: config?.username ?? serverConfig?.username ?? "",
      generation: active?.generation ?? 0,
      status,
      serverDefault: serverConfig ? { uri: serverConfig.uri, username: serverConfig.username, ...(serverConfig.database ? { database: serverConfig.database } : {}) } : null,
      retry: () => {
        if (current.current.config) open(current.current.config);
      },
      connect: (next) => {
        rememberConnection(next);
        open(next);
      },
      connectToServerDefault: () => {
        forgetConnection();
        if (serverConfig) open(serverConfig);
      },
    }),
    [active, config, serverConfig, status, open],
  );
  return <Neo4jProvider value={value}>{children}</Neo4jProvider>;
}
