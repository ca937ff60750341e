/**
 * The menu a right-click on a node opens, beside the node: the details panel's actions without
 * selecting first. A WAI-ARIA menu: focus moves into it, arrow keys go round the items, Escape or a
 * click elsewhere closes it and gives focus back.
 */
import { useEffect, useRef, type KeyboardEvent } from "react";
import { useI18n } from "../../../lib/i18n.tsx";

export type NodeMenuAction = "expand" | "pathFrom" | "pathTo" | "pin" | "hide";

export interface NodeMenuProps {
  /** The node's name, for the menu's accessible name. */
  name: string;
  /** Where to open, in pixels from the canvas stage's top left corner. */
  at: { x: number; y: number };
  pinned: boolean;
  onChoose(action: NodeMenuAction): void;
  onClose(): void;
}

export function NodeMenu({ name, at, pinned, onChoose, onClose }: NodeMenuProps) {
  const { t } = useI18n();
  const menuRef = useRef<HTMLDivElement | null>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  const items: { action: NodeMenuAction; label: string }[] = [
    { action: "expand", label: t("details.expand") },
    { action: "pathFrom", label: t("details.pathFrom") },
    { action: "pathTo", label: t("nodeMenu.pathTo") },
    { action: "pin", label: pinned ? t("details.unpin") : t("details.pin") },
    { action: "hide", label: t("details.hide") },
  ];

  // Focus goes to the first item when the menu opens, and back where it was when it closes.
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    return () => before?.focus();
  }, []);

  // A press anywhere outside the menu closes it (the canvas included, which takes no DOM focus).
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as globalThis.Node)) closeRef.current();
    };
    document.addEventListener("pointerdown", onPointerDown, true);
    return () => document.removeEventListener("pointerdown", onPointerDown, true);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const current = buttons.indexOf(document.activeElement as HTMLElement);
    const move = (index: number) => buttons[(index + buttons.length) % buttons.length]?.focus();
    switch (event.key) {
      case "ArrowDown":
        move(current + 1);
        break;
      case "ArrowUp":
        move(current - 1);
        break;
      case "Home":
        move(0);
        break;
      case "End":
        move(buttons.length - 1);
        break;
      case "Escape":
      case "Tab":
        onClose();
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div
      ref={menuRef}
      role="menu"
      aria-label={t("nodeMenu.label", { name })}
      className="node-menu"
      style={{ left: at.x, top: at.y }}
      onKeyDown={onKeyDown}
      onContextMenu={(e) => e.preventDefault()}
    >
      {items.map((item) => (
        <button key={item.action} type="button" role="menuitem" tabIndex={-1} className="node-menu-item" onClick={() => onChoose(item.action)}>
          {item.label}
        </button>
      ))}
    </div>
  );
}
