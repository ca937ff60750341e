/** One driver per connection, created outside React's render, tuned to fail fast for a person waiting. */
import neo4j, { type Driver } from "neo4j-driver";
import type { ConnectionConfig } from "./connection-config.ts";

export function createDriver(config: ConnectionConfig): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
    userAgent: "ketnoi-web",
    // The driver's defaults (30 s of retries, 60 s to get a connection) would leave a spinner
    // turning long after the server is known to be down; the user has a Retry button instead.
    maxTransactionRetryTime: 3_000,
    connectionTimeout: 8_000,
    connectionAcquisitionTimeout: 10_000,
  });
}
