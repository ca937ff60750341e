import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Driver, Node, Relationship } from "neo4j-driver";
import neo4j from "neo4j-driver";
import { readQuery } from "../../../lib/cypher.ts";
import { toElements, type GraphElements } from "../../../lib/records-to-elements.ts";
import { useNeo4j } from "../../../app/neo4j-context.tsx";

export async function getGraphOverview(driver: Driver, options: { limit: number; database?: string }): Promise<GraphElements> {
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
  try {
    const records = await session.executeRead((tx) =>
      tx.run(readQuery("graph-overview"), { limit: neo4j.int(options.limit) }).then((r) => r.records),
    );
    const nodes: Node[] = records.map((r) => r.get("n") as Node);
    const relationships = records.flatMap((r) => r.get("relationships") as Relationship[]);
    return toElements(nodes, relationships);
  } finally {
    await session.close();
  }
}

export function graphOverviewOptions(driver: Driver, options: { limit: number; database?: string }) {
  return queryOptions({
    queryKey: ["graph-canvas", "overview", options],
    queryFn: () => getGraphOverview(driver, options),
  });
}

export function useGraphOverview(limit = 300) {
  const { driver, database } = useNeo4j();
  return useQuery(graphOverviewOptions(driver, { limit, database }));
}
