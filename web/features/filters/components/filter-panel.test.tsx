import { fireEvent, render, screen, within } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { DEFAULT_FILTERS, type Filters } from "../../../lib/view-state.ts";
import { FilterPanel } from "./filter-panel.tsx";

const COUNTRIES = [
  { iso2: "CN", name: "China", nameVi: "Trung Quốc" },
  { iso2: "VN", name: "Vietnam", nameVi: "Việt Nam" },
];

function Harness({ onChange, initial = DEFAULT_FILTERS }: { onChange(filters: Filters): void; initial?: Filters }) {
  const [filters, setFilters] = useState(initial);
  return (
    <FilterPanel
      filters={filters}
      countries={COUNTRIES}
      onChange={(next) => {
        setFilters(next);
        onChange(next);
      }}
    />
  );
}

describe("the filter panel", () => {
  it("drops and restores a kind of entity, keeping the legend order", () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const entities = screen.getByRole("group", { name: "Entities" });
    fireEvent.click(within(entities).getByRole("checkbox", { name: "Person" }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ labels: ["Country", "Province", "City", "Organization", "Event", "Agreement"] }));
    fireEvent.click(within(entities).getByRole("checkbox", { name: "Person" }));
    expect(onChange.mock.lastCall![0].labels[0]).toBe("Person");
  });

  it("narrows relationships to chosen types", () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    fireEvent.click(within(screen.getByRole("group", { name: "Relationships" })).getByRole("checkbox", { name: "met" }));
    expect(onChange.mock.lastCall![0].types).not.toContain("MET");
  });

  it("sets a date range and a minimum confidence", () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    fireEvent.change(screen.getByLabelText("From"), { target: { value: "2025-01-01" } });
    fireEvent.change(screen.getByLabelText("To"), { target: { value: "2025-06-30" } });
    fireEvent.change(screen.getByRole("slider", { name: "Minimum confidence" }), { target: { value: "0.8" } });
    expect(onChange.mock.lastCall![0]).toMatchObject({ from: "2025-01-01", to: "2025-06-30", minConfidence: 0.8 });
    expect(screen.getByText("80 %")).toBeTruthy();
  });

  it("shows a partial date from a link as the whole span", () => {
    render(<Harness onChange={() => {}} initial={{ ...DEFAULT_FILTERS, from: "2025", to: "2025-02" }} />);
    expect((screen.getByLabelText("From") as HTMLInputElement).value).toBe("2025-01-01");
    expect((screen.getByLabelText("To") as HTMLInputElement).value).toBe("2025-02-28");
  });

  it("chooses countries, and says how many", () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    expect(screen.getByText("All countries")).toBeTruthy();
    fireEvent.click(screen.getByRole("checkbox", { name: "Vietnam" }));
    expect(onChange.mock.lastCall![0].countries).toEqual(["VN"]);
    expect(screen.getByText("1 chosen")).toBeTruthy();
  });

  it("resets everything at once", () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} initial={{ ...DEFAULT_FILTERS, labels: ["Event"], minConfidence: 0.5 }} />);
    fireEvent.click(screen.getByRole("button", { name: "Reset filters" }));
    expect(onChange).toHaveBeenLastCalledWith(DEFAULT_FILTERS);
    expect((screen.getByRole("button", { name: "Reset filters" }) as HTMLButtonElement).disabled).toBe(true);
  });
});
