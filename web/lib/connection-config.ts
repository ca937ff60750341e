/** Where the browser finds Neo4j: served by the dev server from the environment npm start set. */
export interface ConnectionConfig {
  uri: string;
  username: string;
  password: string;
  database?: string;
}

export const CONNECTION_CONFIG_PATH = "/ketnoi/connection.json";

export async function fetchConnectionConfig(): Promise<ConnectionConfig> {
  const response = await fetch(CONNECTION_CONFIG_PATH);
  if (!response.ok) throw new Error(`The app server did not say where Neo4j is (HTTP ${response.status}).`);
  return (await response.json()) as ConnectionConfig;
}
