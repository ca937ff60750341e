/**
 * A question's answer as elements for the canvas: the one place the views' "Show" buttons and
 * a shared link's restore both ask, so a link draws exactly what the view drew.
 */
import type { QueryClient } from "@tanstack/react-query";
import { partnerNetworkOptions } from "../features/partners/api/get-partner-network.ts";
import { pathsBetweenOptions } from "../features/paths/api/get-paths-between.ts";
import { eventNetworkOptions } from "../features/timeline/api/get-event-network.ts";
import { peopleWhoMetOptions } from "../features/who-met/api/get-people-who-met.ts";
import type { GraphElements } from "../lib/records-to-elements.ts";
import type { ReadTarget } from "../lib/run-read.ts";
import type { Answer } from "../lib/view-state.ts";

export async function fetchAnswer(queryClient: QueryClient, target: ReadTarget & { generation: number }, answer: Answer): Promise<GraphElements> {
  switch (answer.view) {
    case "met": {
      const { person, depth, from, to, country } = answer;
      return queryClient.fetchQuery(peopleWhoMetOptions(target, { person, depth, from, to, country }));
    }
    case "partners":
      return queryClient.fetchQuery(partnerNetworkOptions(target, { place: answer.place, country: answer.country }));
    case "timeline":
      return queryClient.fetchQuery(eventNetworkOptions(target, { from: answer.from, to: answer.to }));
    case "paths": {
      const { from, to, maxLength } = answer;
      return (await queryClient.fetchQuery(pathsBetweenOptions(target, { from, to, maxLength }))).elements;
    }
  }
}

/** Paths are drawn beside what was there; the other answers take the canvas over. */
export function answerReplaces(answer: Answer): boolean {
  return answer.view !== "paths";
}
