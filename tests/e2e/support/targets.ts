/**
 * Measures what axe cannot: WCAG 2.2 success criterion 2.5.8 Target size (minimum). Every
 * pointer target on the page (links, buttons, form controls, summaries, anything focusable) is
 * at least 24 × 24 CSS pixels, or is one of the criterion's exceptions:
 * - inline: a link in a sentence or a paragraph (its size is set by the line of text around it);
 * - spacing: a circle 24 px across, centred on the target, meets no other target and no other
 *   small target's circle.
 * The user-agent exception is not used: every control here is styled by the app. Decision 0034.
 */
import type { Page } from "playwright-core";

export interface SmallTarget {
  /** A short, readable description: tag, name or text, and its size. */
  target: string;
  width: number;
  height: number;
}

/** The targets on the page (as laid out at the page's current viewport) that meet neither the size nor an exception. */
export async function smallTargets(page: Page): Promise<SmallTarget[]> {
  return page.evaluate(() => {
    const MIN = 24;
    const selector = "a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=link], [tabindex]:not([tabindex='-1'])";
    const all = [...document.querySelectorAll<HTMLElement>(selector)];
    // checkVisibility: not inside a closed <details> (whose content Chromium lays out, hidden), nor display: none or visibility: hidden.
    const visible = (el: HTMLElement) => {
      if (!el.checkVisibility({ visibilityProperty: true })) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    };
    const rectOf = (el: HTMLElement): DOMRect => el.getBoundingClientRect();
    const targets = all.filter(visible).filter((el) => !el.closest(".leaflet-pane"));
    // Scroll regions (tabindex=0 on a table wrapper) are keyboard stops, not pointer targets, and are large anyway.
    const isInline = (el: HTMLElement): boolean => {
      if (el.tagName !== "A") return false;
      if (getComputedStyle(el).display !== "inline") return false;
      const block = el.parentElement?.closest("p, li, td, th, dd, dt, figcaption, span, label, legend, div");
      if (!block) return false;
      const own = (el.textContent ?? "").trim().length;
      const around = (block.textContent ?? "").trim().length;
      return around > own;
    };
    const distanceToRect = (x: number, y: number, r: DOMRect) => {
      const dx = Math.max(r.left - x, 0, x - r.right);
      const dy = Math.max(r.top - y, 0, y - r.bottom);
      return Math.hypot(dx, dy);
    };
    const small = targets.filter((el) => {
      const r = rectOf(el);
      return (r.width < MIN - 0.5 || r.height < MIN - 0.5) && !isInline(el);
    });
    const failing = small.filter((el) => {
      const r = rectOf(el);
      const cx = r.left + r.width / 2;
      const cy = r.top + r.height / 2;
      for (const other of targets) {
        if (other === el || other.contains(el) || el.contains(other)) continue;
        // A label's own control (or the control's label) is the same target.
        if (el instanceof HTMLInputElement && el.labels && [...el.labels].some((l) => l === other || l.contains(other))) continue;
        const o = rectOf(other);
        if (distanceToRect(cx, cy, o) < MIN / 2 - 0.5) return true;
        if (small.includes(other)) {
          const ox = o.left + o.width / 2;
          const oy = o.top + o.height / 2;
          if (Math.hypot(cx - ox, cy - oy) < MIN - 0.5) return true;
        }
      }
      return false;
    });
    return failing.map((el) => {
      const r = rectOf(el);
      const name = el.getAttribute("aria-label") ?? el.getAttribute("name") ?? el.id ?? "";
      const text = (el.textContent ?? "").trim().slice(0, 40);
      return { target: `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(" ").join(".")}` : ""} "${name || text}"`, width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10 };
    });
  });
}
