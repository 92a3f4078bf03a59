// The events table: one page from the API, sortable by clicking a column head.
import { el, typeColour } from "./api.js";

export function place(e) {
  const loc = e.location || {};
  return [loc.name, loc.admin1 !== loc.name ? loc.admin1 : "", loc.country].filter(Boolean).join(", ");
}

/** A toll as shown: "?" where the reports give none (unknown, not 0). */
export function toll(t) {
  if (!t) return "?";
  return t.low === t.high ? String(t.best) : `${t.best} (${t.low}–${t.high})`;
}

export function drawTable(tbody, events, onPick) {
  tbody.replaceChildren();
  for (const e of events) {
    const swatch = el("i", { class: "swatch" });
    swatch.style.background = typeColour(e.event_type);
    const row = el("tr", { "data-id": e.event_id, tabindex: "0" },
      el("td", {}, e.event_date),
      el("td", { title: e.sub_event_type }, swatch, e.event_type),
      el("td", {}, place(e)),
      el("td", {}, e.actor1 ? e.actor1.name : ""),
      el("td", {}, e.actor2 ? e.actor2.name : ""),
      el("td", { class: "num" }, toll(e.fatalities)),
      el("td", { class: "num" }, (e.sources || []).length));
    row.addEventListener("click", () => onPick(e.event_id));
    row.addEventListener("keydown", (k) => { if (k.key === "Enter") onPick(e.event_id); });
    tbody.append(row);
  }
}

export function markSort(thead, sort) {
  const key = sort.replace(/^-/, ""), desc = sort.startsWith("-");
  for (const th of thead.querySelectorAll("th[data-sort]")) {
    th.classList.toggle("sorted", th.dataset.sort === key);
    th.dataset.dir = th.dataset.sort === key ? (desc ? "desc" : "asc") : "";
  }
}
