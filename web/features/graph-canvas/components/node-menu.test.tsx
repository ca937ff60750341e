import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { NodeMenu } from "./node-menu.tsx";

function openMenu(pinned = false) {
  const onChoose = vi.fn();
  const onClose = vi.fn();
  render(
    <>
      <button type="button">Before</button>
      <NodeMenu name="Nguyen Van Son" at={{ x: 10, y: 20 }} pinned={pinned} onChoose={onChoose} onClose={onClose} />
    </>,
  );
  return { menu: screen.getByRole("menu", { name: "Actions for Nguyen Van Son" }), onChoose, onClose };
}

describe("the menu of a node's actions on the canvas", () => {
  it("lists the details panel's actions, with pin or unpin as the node is", () => {
    const { menu } = openMenu();
    expect(screen.getAllByRole("menuitem").map((i) => i.textContent)).toEqual(["Show neighbours", "Path from here", "Path to here", "Pin", "Hide"]);
    expect(menu.style.left).toBe("10px");
    expect(menu.style.top).toBe("20px");
  });

  it("says Unpin for a pinned node", () => {
    openMenu(true);
    expect(screen.getAllByRole("menuitem")[3]!.textContent).toBe("Unpin");
  });

  it("takes focus on its first item, goes round with the arrow keys, Home and End, and chooses with Enter", () => {
    const { menu, onChoose } = openMenu();
    const items = screen.getAllByRole("menuitem");
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(menu, { key: "ArrowDown" });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(menu, { key: "ArrowUp" });
    fireEvent.keyDown(menu, { key: "ArrowUp" });
    expect(document.activeElement).toBe(items[4]);
    fireEvent.keyDown(menu, { key: "ArrowDown" });
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(menu, { key: "End" });
    expect(document.activeElement).toBe(items[4]);
    fireEvent.keyDown(menu, { key: "Home" });
    fireEvent.keyDown(menu, { key: "ArrowDown" });
    fireEvent.keyDown(menu, { key: "ArrowDown" });
    expect(document.activeElement).toBe(items[2]);
    // A button's Enter is its click.
    fireEvent.click(document.activeElement!);
    expect(onChoose).toHaveBeenCalledWith("pathTo");
  });

  it("closes on Escape and on a press outside it, not on a press inside it", () => {
    const { menu, onClose } = openMenu();
    fireEvent.pointerDown(screen.getAllByRole("menuitem")[1]!);
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.keyDown(menu, { key: "Escape" });
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.pointerDown(screen.getByRole("button", { name: "Before" }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it("gives focus back to where it was when it closes", () => {
    const before = document.createElement("button");
    document.body.append(before);
    before.focus();
    const { unmount } = render(<NodeMenu name="X" at={{ x: 0, y: 0 }} pinned={false} onChoose={() => {}} onClose={() => {}} />);
    expect(document.activeElement).toHaveProperty("textContent", "Show neighbours");
    unmount();
    expect(document.activeElement).toBe(before);
    before.remove();
  });
});
