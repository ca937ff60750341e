/**
 * Turns what the driver throws into a kind of problem a person can act on; the interface words
 * it in their language (messages.ts, "error.<kind>") and shows the server's own text beside it.
 */
export type ProblemKind = "unreachable" | "auth" | "rate-limit" | "database" | "query" | "unknown";

export interface Problem {
  kind: ProblemKind;
  /** What the server or the driver said, as is. */
  detail: string;
}

const BY_CODE: [test: (code: string) => boolean, kind: ProblemKind][] = [
  [(c) => c === "ServiceUnavailable" || c === "SessionExpired", "unreachable"],
  [(c) => c === "Neo.ClientError.Security.AuthenticationRateLimit", "rate-limit"],
  [(c) => c.startsWith("Neo.ClientError.Security."), "auth"],
  [(c) => c === "Neo.ClientError.Database.DatabaseNotFound", "database"],
  [(c) => c.startsWith("Neo.ClientError.Statement.") || c.startsWith("Neo.ClientError.Procedure."), "query"],
];

export function explainError(error: unknown): Problem {
  const code = typeof (error as { code?: unknown })?.code === "string" ? (error as { code: string }).code : "";
  const detail = error instanceof Error ? error.message : String(error);
  const kind = BY_CODE.find(([test]) => test(code))?.[1] ?? (/WebSocket|connect/i.test(detail) && !code ? "unreachable" : "unknown");
  return { kind, detail };
}

/** Problems with the connection itself, as opposed to one question that failed. */
export function isConnectionProblem(problem: Problem): boolean {
  return problem.kind === "unreachable" || problem.kind === "auth" || problem.kind === "rate-limit" || problem.kind === "database";
}
