import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { explainError, isConnectionProblem } from "./explain-error.ts";

describe("explainError", () => {
  it.each([
    ["ServiceUnavailable", "unreachable"],
    ["SessionExpired", "unreachable"],
    ["Neo.ClientError.Security.Unauthorized", "auth"],
    ["Neo.ClientError.Security.AuthenticationRateLimit", "rate-limit"],
    ["Neo.ClientError.Database.DatabaseNotFound", "database"],
    ["Neo.ClientError.Statement.SyntaxError", "query"],
    ["Neo.ClientError.Procedure.ProcedureCallFailed", "query"],
    ["Neo.DatabaseError.General.UnknownError", "unknown"],
  ])("reads %s as %s and keeps the server's words", (code, kind) => {
    const problem = explainError(new Neo4jError("the server's words", code, "50N42", "error: general processing exception"));
    expect(problem).toEqual({ kind, detail: "the server's words" });
  });

  it("reads a failed WebSocket without a code as unreachable", () => {
    expect(explainError(new Error("WebSocket connection failure")).kind).toBe("unreachable");
  });

  it("tells connection problems from failed questions", () => {
    expect(isConnectionProblem({ kind: "auth", detail: "" })).toBe(true);
    expect(isConnectionProblem({ kind: "query", detail: "" })).toBe(false);
  });
});
