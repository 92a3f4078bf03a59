// The event view: the record, every source merged into it, and each report's text with the evidence highlighted.
import { el, get, typeColour } from "./api.js";
import { place, toll } from "./table.js";

const FIELD_COLOURS = {
  event_date: "#fde68a", event_type: "#fecaca", sub_event_type: "#fecaca", actor1: "#bfdbfe", actor2: "#c7d2fe",
  location: "#bbf7d0", fatalities: "#fca5a5", injuries: "#fdba74", attribution: "#e9d5ff", weapon: "#d9f99d",
  reported_by: "#a5f3fc",
};
export const fieldColour = (field) => FIELD_COLOURS[field] || "#e5e7eb";

/** Evidence spans located in the text: by offsets when they match, else by the quoted words. */
export function locate(text, evidence) {
  const spans = [], missing = [];
  for (const ev of evidence) {
    let start = ev.start, end = ev.end;
    if (text.slice(start, end) !== ev.text) {
      start = ev.text ? text.indexOf(ev.text) : -1;
      end = start + (ev.text || "").length;
    }
    if (start >= 0 && end > start) spans.push({ start, end, field: ev.field });
    else missing.push(ev);
  }
  return { spans, missing };
}

/** The report text as nodes, each evidence span a <mark> named by its field(s); text is never parsed as HTML. */
export function highlighted(text, spans) {
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const fields = [...new Set(spans.filter((s) => s.start <= a && s.end >= b).map((s) => s.field))];
    const piece = text.slice(a, b);
    if (!fields.length) { nodes.push(document.createTextNode(piece)); continue; }
    const mark = el("mark", { class: "evidence", "data-field": fields.join(" "), title: fields.join(", ") }, piece);
    mark.style.background = fieldColour(fields[0]);
    nodes.push(mark);
  }
  return nodes;
}

function safeLink(url, label) {
  return /^https?:\/\//i.test(url || "") ? el("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, label) : label;
}

function facts(e) {
  const rows = [
    ["Date", `${e.event_date}${e.time_precision > 1 ? ` (precision ${e.time_precision})` : ""}`],
    ["Type", `${e.event_type} — ${e.sub_event_type}`],
    ["Place", place(e)],
    ["Actor 1", e.actor1 ? `${e.actor1.name} (${e.actor1.kind})` : "—"],
    ["Actor 2", e.actor2 ? `${e.actor2.name} (${e.actor2.kind})` : "—"],
    ["Killed", e.fatalities ? toll(e.fatalities) : "not reported"],
    ["Injured", e.injuries ? toll(e.injuries) : "not reported"],
    ["Attribution", e.attribution],
  ];
  return el("dl", { class: "facts" }, ...rows.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]));
}

/** The evidence quoted on its own, for a report whose text cannot be shown. */
function quotes(evidence) {
  return el("ul", { class: "quotes" }, ...evidence.map((ev) => {
    const mark = el("mark", { class: "evidence", "data-field": ev.field, title: ev.field }, ev.text);
    mark.style.background = fieldColour(ev.field);
    return el("li", {}, `${ev.field}: `, mark);
  }));
}

/** One source's report: its text with the evidence highlighted, or a short note and the evidence quoted. */
function report(a, evidence, loaded) {
  const section = el("section", { class: "report", "data-article": a.id },
    el("h3", {}, a.title || `${a.outlet || "report"} ${a.id}`), el("p", { class: "byline" }, [a.outlet, a.published].filter(Boolean).join(" · ")));
  if (!loaded || loaded instanceof Error) {
    section.append(el("p", { class: "missing" },
      loaded ? `this report could not be loaded (${loaded.message})` : "the text of this report is not stored"));
    if (evidence.length) section.append(quotes(evidence));
    return section;
  }
  const { spans, missing } = locate(loaded.text, evidence);
  section.append(el("div", { class: "report-text" }, ...highlighted(loaded.text, spans)));
  if (missing.length) section.append(el("p", { class: "missing" }, `not found in the text: ${missing.map((m) => `${m.field} “${m.text}”`).join("; ")}`));
  return section;
}

export async function renderEvent(body, eventId) {
  body.replaceChildren(el("p", {}, "loading…"));
  const { event: e, articles, merged_into } = await get(`/api/events/${encodeURIComponent(eventId)}`);
  // each report on its own: one that fails to load leaves the others and the record in view
  const texts = await Promise.all(articles.map((a) => (a.stored ? get("/api/articles", { id: a.id }).catch((err) => err) : null)));
  const swatch = el("i", { class: "swatch" });
  swatch.style.background = typeColour(e.event_type);
  const parts = [
    el("h2", {}, swatch, `${e.event_type} · ${e.event_date}`),
    el("p", { class: "event-id" }, e.event_id, merged_into ? ` (asked for ${eventId}, merged into it)` : ""),
    facts(e),
    el("p", { class: "notes" }, e.notes),
  ];
  const fields = [...new Set((e.evidence || []).map((ev) => ev.field))];
  const legend = el("p", { class: "field-legend" }, "Evidence: ");
  for (const f of fields) {
    const key = el("mark", { class: "evidence", "data-field": f }, f);
    key.style.background = fieldColour(f);
    legend.append(key, " ");
  }
  parts.push(legend, el("h3", {}, `Sources (${(e.sources || []).length})`));
  const list = el("ol", { class: "sources" });
  for (const s of e.sources || []) {
    list.append(el("li", {}, safeLink(s.url, s.outlet || s.article_id), ` · ${s.published || "undated"}`,
      s.reported_by ? ` · according to ${s.reported_by}` : "", el("span", { class: "article-id" }, ` [${s.article_id}]`)));
  }
  parts.push(list);
  articles.forEach((a, i) => parts.push(report(a, (e.evidence || []).filter((ev) => ev.article_id === a.id), texts[i])));
  body.replaceChildren(...parts);
}
