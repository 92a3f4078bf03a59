// The dashboard: filters live in the URL and drive the map, the timeline and the table together.
import { FILTERS, TYPE_COLOURS, el, get } from "./api.js";
import { renderEvent } from "./event.js";
import { EventMap, radiusPx } from "./map.js";
import { drawTable, markSort } from "./table.js";
import { drawTimeline } from "./timeline.js";

const $ = (sel) => document.querySelector(sel);
const form = $("#filters");
let state = {};
let facets = { countries: [], admin1: [], types: [] };
let lastFilterKey = null;

function readState() {
  const p = new URLSearchParams(location.search);
  state = { sort: p.get("sort") || "-date", offset: +p.get("offset") || 0, interval: p.get("interval") || "day",
            event: p.get("event") || "" };
  for (const k of FILTERS) state[k] = p.get(k) || "";
}

function writeState(push = true) {
  const p = new URLSearchParams();
  for (const k of FILTERS) if (state[k]) p.set(k, state[k]);
  if (state.sort !== "-date") p.set("sort", state.sort);
  if (state.offset) p.set("offset", state.offset);
  if (state.interval !== "day") p.set("interval", state.interval);
  if (state.event) p.set("event", state.event);
  const url = `${location.pathname}${p.toString() ? "?" + p : ""}`;
  if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
}

const filters = () => Object.fromEntries(FILTERS.map((k) => [k, state[k]]));

function fillSelect(select, options, value) {
  const first = select.options[0];
  select.replaceChildren(first, ...options.map(([v, label]) => el("option", { value: v }, label)));
  if (value && !options.some(([v]) => v === value)) select.append(el("option", { value }, value));
  select.value = value || "";
}

function syncForm() {
  for (const k of ["since", "until", "actor", "q"]) form.elements[k].value = state[k];
  fillSelect(form.elements.country, facets.countries.map((c) => [c.iso || c.country, `${c.country} (${c.events})`]), state.country);
  const chosen = facets.countries.find((c) => [c.iso, c.country].map((x) => (x || "").toLowerCase()).includes(state.country.toLowerCase()));
  const provinces = facets.admin1.filter((a) => !state.country || (chosen && a.country === chosen.country));
  fillSelect(form.elements.admin1, provinces.map((a) => [a.admin1, state.country ? `${a.admin1} (${a.events})` : `${a.admin1}, ${a.country} (${a.events})`]), state.admin1);
  // Every type and, indented under it, every one of its sub-types, with the events of each.
  const types = facets.types.flatMap((t) => [[t.event_type, `${t.event_type} (${t.events})`],
    ...(t.sub_event_types || []).map((s) => [s.sub_event_type, `\u00a0\u00a0\u00a0${s.sub_event_type} (${s.events})`])]);
  fillSelect(form.elements.type, types, state.type);
  for (const b of document.querySelectorAll("#interval button")) b.classList.toggle("on", b.dataset.interval === state.interval);
}

function legend() {
  const box = $("#legend");
  box.replaceChildren();
  for (const [type, colour] of Object.entries(TYPE_COLOURS)) {
    const dot = el("i", { class: "dot" });
    dot.style.background = colour;
    box.append(el("span", { class: "legend-item" }, dot, type));
  }
  const sizes = el("span", { class: "legend-item" }, "killed: ");
  for (const n of [0, 10, 50]) {
    const dot = el("i", { class: "dot hollow" });
    dot.style.width = dot.style.height = `${2 * radiusPx(n)}px`;
    sizes.append(dot, ` ${n} `);
  }
  box.append(sizes);
}

const map = new EventMap($("#map"), (id) => openEvent(id));

async function refresh() {
  syncForm();
  document.body.dataset.loading = "1";
  const status = $("#status");
  try {
    const [points, stats, page] = await Promise.all([
      get("/api/points", { ...filters(), limit: 5000 }),
      get(`/api/stats/${state.interval}`, filters()),
      get("/api/events", { ...filters(), sort: state.sort, offset: state.offset, limit: 100 }),
    ]);
    map.show(points.points);
    const key = JSON.stringify(filters());
    if (key !== lastFilterKey) { map.fit(points.points); lastFilterKey = key; }
    $("#map-note").textContent = points.total > points.points.length ? `showing the ${points.points.length} deadliest of ${points.total} events` : "";
    drawTimeline($("#timeline"), stats.rows, state.interval, (since, until) => {
      Object.assign(state, { since, until, offset: 0 });
      writeState();
      refresh();
    });
    drawTable($("#events tbody"), page.events, (id) => openEvent(id));
    markSort($("#events thead"), state.sort);
    const last = Math.min(page.offset + page.events.length, page.total);
    $("#count").textContent = page.total ? `${page.offset + 1}–${last} of ${page.total}` : "none";
    $("#prev").disabled = page.offset === 0;
    $("#next").disabled = page.next_offset === null;
    status.textContent = `${stats.events} events, ${stats.fatalities} killed`;
    status.classList.remove("error");
  } catch (err) {
    status.textContent = String(err.message || err);
    status.classList.add("error");
  }
  await showEvent();
  document.body.dataset.loading = "";
  document.body.dataset.ready = String((+document.body.dataset.ready || 0) + 1);
}

async function showEvent() {
  const panel = $("#event");
  for (const tr of document.querySelectorAll("#events tbody tr")) tr.classList.toggle("selected", tr.dataset.id === state.event);
  for (const c of document.querySelectorAll("circle.marker")) c.classList.toggle("selected", c.dataset.id === state.event);
  if (!state.event) { panel.hidden = true; return; }
  panel.hidden = false;
  map.focus(state.event);
  try {
    await renderEvent($("#event-body"), state.event);
  } catch (err) {
    $("#event-body").replaceChildren(el("p", { class: "error" }, String(err.message || err)));
  }
}

async function openEvent(id) {
  state.event = id;
  writeState();
  document.body.dataset.loading = "1";
  await showEvent();
  document.body.dataset.loading = "";
  document.body.dataset.ready = String((+document.body.dataset.ready || 0) + 1);
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  for (const k of FILTERS) state[k] = (form.elements[k].value || "").trim();
  state.offset = 0;
  writeState();
  refresh();
});
form.elements.country.addEventListener("change", () => { form.elements.admin1.value = ""; form.requestSubmit(); });
for (const k of ["admin1", "type", "since", "until"]) form.elements[k].addEventListener("change", () => form.requestSubmit());
$("#reset").addEventListener("click", () => {
  for (const k of FILTERS) state[k] = "";
  Object.assign(state, { offset: 0, event: "" });
  writeState();
  refresh();
});
$("#events thead").addEventListener("click", (e) => {
  const key = e.target.closest("th")?.dataset.sort;
  if (!key) return;
  state.sort = state.sort === `-${key}` ? key : `-${key}`;
  state.offset = 0;
  writeState();
  refresh();
});
$("#prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - 100); writeState(); refresh(); });
$("#next").addEventListener("click", () => { state.offset += 100; writeState(); refresh(); });
for (const b of document.querySelectorAll("#interval button")) {
  b.addEventListener("click", () => { state.interval = b.dataset.interval; writeState(); refresh(); });
}
$("#close-event").addEventListener("click", () => { state.event = ""; writeState(); showEvent(); });
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape" && state.event) { state.event = ""; writeState(); showEvent(); }
});
window.addEventListener("popstate", () => { readState(); refresh(); });

async function start() {
  readState();
  legend();
  try {
    facets = await get("/api/facets");
  } catch (err) {
    $("#status").textContent = String(err.message || err);
  }
  await map.loadBasemap();
  await map.loadAdmin1(facets.countries.map((c) => c.iso));
  await refresh();
}

start();
