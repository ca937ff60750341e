/**
 * Where the browser finds Neo4j: served by the app server from the environment npm start set,
 * or entered by the user. An entered connection is remembered for the browser session without
 * its password, which lives only in memory.
 */
export interface ConnectionConfig {
  uri: string;
  username: string;
  password: string;
  database?: string;
}

export type RememberedConnection = Omit<ConnectionConfig, "password">;

export const CONNECTION_CONFIG_PATH = "/ketnoi/connection.json";
const REMEMBERED_KEY = "ketnoi.connection";

export async function fetchConnectionConfig(): Promise<ConnectionConfig> {
  const response = await fetch(CONNECTION_CONFIG_PATH);
  if (!response.ok) throw new Error(`The app server did not say where Neo4j is (HTTP ${response.status}).`);
  return (await response.json()) as ConnectionConfig;
}

export function rememberConnection(config: ConnectionConfig, storage: Storage = sessionStorage): void {
  const remembered: RememberedConnection = { uri: config.uri, username: config.username, ...(config.database ? { database: config.database } : {}) };
  storage.setItem(REMEMBERED_KEY, JSON.stringify(remembered));
}

export function forgetConnection(storage: Storage = sessionStorage): void {
  storage.removeItem(REMEMBERED_KEY);
}

export function rememberedConnection(storage: Storage = sessionStorage): RememberedConnection | null {
  try {
    const value = JSON.parse(storage.getItem(REMEMBERED_KEY) ?? "null") as Partial<RememberedConnection> | null;
    if (!value || typeof value.uri !== "string" || typeof value.username !== "string") return null;
    return { uri: value.uri, username: value.username, ...(typeof value.database === "string" && value.database ? { database: value.database } : {}) };
  } catch {
    return null;
  }
}

/** The same server and user: the served password applies to a remembered connection. */
export function sameServer(a: RememberedConnection, b: RememberedConnection): boolean {
  return a.uri === b.uri && a.username === b.username && (a.database ?? "") === (b.database ?? "");
}
