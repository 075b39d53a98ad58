/**
 * The main menu: top items and groups as disclosure menus. Each group is a <details> element,
 * so it opens and closes with a click, Enter or Space without JavaScript, and its links are
 * ordinary links. With JavaScript, as an enhancement: Escape closes the open group and puts
 * focus back on its button, a click outside closes it, opening one group closes the others,
 * and every group closes when the page changes. The groups share a `name`, so browsers that
 * support exclusive <details> (Chromium 120, Safari 17.2, Firefox 130) keep one open at a time
 * even without JavaScript; the script does the same for older ones.
 *
 * Screen readers announce a <summary> as a button with its expanded state ("Ärenden,
 * komprimerad, knapp" in VoiceOver and NVDA), so no ARIA menu roles are added: this is a
 * disclosure of links, not an application menu with arrow-key behaviour.
 */
import { useEffect, useRef } from "react";
import { NavLink, useLocation } from "react-router";
import type { VisibleNav } from "../lib/nav.ts";
import { useT } from "./i18n.tsx";

const isCurrent = (pathname: string, to: string) => pathname === to || pathname.startsWith(`${to}/`);

export function MainNav({ nav, label }: { nav: VisibleNav; label: string }) {
  const t = useT();
  const { pathname } = useLocation();
  const ref = useRef<HTMLElement>(null);

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const open = () => [...root.querySelectorAll<HTMLDetailsElement>("details[open]")];
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      for (const d of open()) {
        const hadFocus = d.contains(document.activeElement);
        d.open = false;
        if (hadFocus) d.querySelector("summary")?.focus();
      }
    };
    const onPointer = (e: PointerEvent) => {
      for (const d of open()) if (!d.contains(e.target as Node)) d.open = false;
    };
    const onFocus = (e: FocusEvent) => {
      for (const d of open()) if (!d.contains(e.target as Node)) d.open = false;
    };
    // "toggle" does not bubble: listen in the capture phase.
    const onToggle = (e: Event) => {
      const opened = e.target as HTMLDetailsElement;
      if (opened.open) for (const d of open()) if (d !== opened) d.open = false;
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("focusin", onFocus);
    root.addEventListener("toggle", onToggle, true);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("focusin", onFocus);
      root.removeEventListener("toggle", onToggle, true);
    };
  }, []);

  // A new page: close every group. Not when the page first comes alive (hydration): a group
  // the visitor opened while the page was loading stays open.
  const shownPath = useRef(pathname);
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    for (const d of ref.current?.querySelectorAll<HTMLDetailsElement>("details[open]") ?? []) d.open = false;
  }, [pathname]);

  return (
    <nav ref={ref} aria-label={label} className="sv-nav">
      <ul className="sv-nav__list">
        {nav.map((entry) =>
          entry.kind === "link" ? (
            <li key={entry.to} className="sv-nav__item">
              <NavLink to={entry.to} className="sv-nav__link">
                {t(entry.label)}
              </NavLink>
            </li>
          ) : (
            <li key={entry.group} className="sv-nav__item">
              {/* One name for every group: the browser keeps at most one open, also without JavaScript. */}
              <details className="sv-nav__group" name="sv-huvudmeny">
                {/* The group holding the current page is marked visually; the page's own link inside it has aria-current. */}
                <summary className="sv-nav__link sv-nav__summary" data-current={entry.items.some((i) => isCurrent(pathname, i.to)) ? "true" : undefined}>
                  {t(entry.label)}
                </summary>
                <ul className="sv-nav__menu">
                  {entry.items.map((item) => (
                    <li key={item.to}>
                      <NavLink to={item.to} className="sv-nav__menu-link">
                        {t(item.label)}
                      </NavLink>
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}
