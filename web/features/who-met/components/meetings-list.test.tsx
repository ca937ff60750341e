import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { Meeting } from "../api/get-meetings-between.ts";
import { MeetingsView } from "./meetings-list.tsx";

const SIGNING: Meeting = {
  id: "event:signing",
  name: "Signing: Nguyen Van Son – Viengthong Hatsachanh (2024-10-17)",
  type: "signing",
  date: "2024-10-17",
  place: "Vientiane",
  others: ["Saysomphone Phomvihane", "Tran Thanh Man"],
  roles: { a: "signatory", b: "signatory" },
  sources: [{ docId: "doc-1", start: 10, end: 60, quote: "the leaders of the two cities signed the agreement" }],
};

describe("the meetings behind a MET line", () => {
  it("lists each meeting with type, date, place, who else was there, and opens its sources", () => {
    const onOpenSource = vi.fn();
    render(<MeetingsView a={{ id: "a", name: "Nguyen Van Son" }} b={{ id: "b", name: "Viengthong Hatsachanh" }} meetings={[SIGNING]} onOpenSource={onOpenSource} />);
    const region = screen.getByRole("region", { name: "Meetings of Nguyen Van Son and Viengthong Hatsachanh" });
    const item = region.querySelector(".meeting")!;
    expect(item.textContent).toContain("signing · 2024-10-17 · Vientiane");
    expect(item.textContent).toContain("Also there: Saysomphone Phomvihane, Tran Thanh Man");
    fireEvent.click(within(region).getByRole("button", { name: "Open in reader" }));
    expect(onOpenSource).toHaveBeenCalledWith(SIGNING.sources[0]);
  });

  it("says so when no meeting event was kept", () => {
    render(<MeetingsView a={{ id: "a", name: "A" }} b={{ id: "b", name: "B" }} meetings={[]} onOpenSource={() => {}} />);
    expect(screen.getByText("No meeting event was kept for this pair.")).toBeTruthy();
  });
});
