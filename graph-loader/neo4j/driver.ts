/** The one driver a process uses, and errors a person can read. */
import neo4j, { type Driver } from "neo4j-driver";
import type { Neo4jConnection } from "./connection.ts";

export class Neo4jConnectionError extends Error {}

/** One sentence saying what went wrong with the server at `uri` and what to do. */
export function describeNeo4jError(error: unknown, uri: string): string {
  const code = (error as { code?: string })?.code ?? "";
  const message = error instanceof Error ? error.message : String(error);
  if (code === "Neo.ClientError.Security.Unauthorized" || /unauthori[sz]ed|authentication failure/i.test(message)) {
    return `Neo4j at ${uri} refused the user name or password: check NEO4J_USERNAME and NEO4J_PASSWORD.`;
  }
  if (code === "Neo.ClientError.Security.AuthenticationRateLimit") {
    return `Neo4j at ${uri} blocked logins after too many wrong passwords: wait a few seconds and check NEO4J_PASSWORD.`;
  }
  if (code === "ServiceUnavailable" || /ECONNREFUSED|Failed to connect|Could not perform discovery|connect ETIMEDOUT|getaddrinfo/i.test(message)) {
    return `No Neo4j answers at ${uri}: start it (npm run neo4j for the local one) or fix NEO4J_URI.`;
  }
  if (code === "Neo.ClientError.Database.DatabaseNotFound") {
    return `Neo4j at ${uri} has no such database: check NEO4J_DATABASE (${message}).`;
  }
  return `Neo4j at ${uri} failed: ${message}`;
}

export interface DriverOptions {
  /** How long a transaction is retried after transient errors or a lost connection, in ms (driver default 30 s). */
  maxTransactionRetryTime?: number;
}

/** Opens a driver and checks the server answers, so a bad URI or password fails here in one sentence. */
export async function openDriver(connection: Neo4jConnection, options: DriverOptions = {}): Promise<Driver> {
  let driver: Driver;
  try {
    driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
      disableLosslessIntegers: false,
      userAgent: "ketnoi-graph-loader",
      ...(options.maxTransactionRetryTime === undefined ? {} : { maxTransactionRetryTime: options.maxTransactionRetryTime }),
    });
  } catch (error) {
    throw new Neo4jConnectionError(`NEO4J_URI "${connection.uri}" is not a Neo4j address (${(error as Error).message}): use bolt://host:7687 or neo4j://host:7687 (neo4j+s:// for Aura).`);
  }
  try {
    await driver.verifyConnectivity({ database: connection.database });
  } catch (error) {
    await driver.close();
    throw new Neo4jConnectionError(describeNeo4jError(error, connection.uri));
  }
  return driver;
}
