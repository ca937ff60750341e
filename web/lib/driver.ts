/** One driver per page, created outside React's render. */
import neo4j, { type Driver } from "neo4j-driver";
import type { ConnectionConfig } from "./connection-config.ts";

export function createDriver(config: ConnectionConfig): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
    userAgent: "ketnoi-web",
  });
}
