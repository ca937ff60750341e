import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { DetailsPanel } from "./details-panel.tsx";

describe("DetailsPanel", () => {
  it("asks for a click when nothing is selected", () => {
    render(<DetailsPanel node={null} />);
    expect(screen.getByRole("complementary", { name: "Details" }).textContent).toMatch(/Click a node/);
  });

  it("shows the name, label and properties of the selected node, not empty ones", () => {
    render(
      <DetailsPanel
        node={{ id: "person:tran-hong-ha", label: "Person", name: "Tran Hong Ha", nameVi: "Trần Hồng Hà", aliases: ["Trần Hồng Hà", "Deputy Prime Minister Tran Hong Ha"], titles: [] }}
      />,
    );
    expect(screen.getByRole("heading", { name: "Tran Hong Ha" })).toBeTruthy();
    const panel = screen.getByRole("complementary", { name: "Details" });
    expect(panel.textContent).toContain("Trần Hồng Hà");
    expect(panel.textContent).toContain("Deputy Prime Minister Tran Hong Ha");
    expect(panel.textContent).not.toContain("titles");
  });
});
