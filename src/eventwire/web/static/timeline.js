// The timeline: events per day or week as bars, fatalities as a line; clicking a bar narrows the dates.
import { svg } from "./api.js";

const DAY = 86400000;
const iso = (t) => new Date(t).toISOString().slice(0, 10);

function fillGaps(rows, interval) {
  if (!rows.length) return [];
  const step = interval === "week" ? 7 * DAY : DAY;
  const have = new Map(rows.map((r) => [r.period, r]));
  const out = [];
  const last = Date.parse(rows[rows.length - 1].period);
  for (let t = Date.parse(rows[0].period); t <= last && out.length < 3000; t += step) {
    out.push(have.get(iso(t)) || { period: iso(t), events: 0, fatalities: 0 });
  }
  return out;
}

/** Drag across the timeline to choose a date range; a click on a bar chooses its day or week. */
function bindBrush(root, data, interval, x0, bw, onPick) {
  const periodAt = (clientX) => {
    const box = root.getBoundingClientRect(), scale = root.viewBox.baseVal.width / box.width;
    const i = Math.floor(((clientX - box.left) * scale - x0) / bw);
    return data[Math.max(0, Math.min(data.length - 1, i))].period;
  };
  let start = null, band = null;
  root.onpointerdown = (e) => {
    start = { x: e.clientX, period: periodAt(e.clientX) };
    root.setPointerCapture(e.pointerId);
  };
  root.onpointermove = (e) => {
    if (!start || Math.abs(e.clientX - start.x) < 5) return;
    const box = root.getBoundingClientRect(), scale = root.viewBox.baseVal.width / box.width;
    const [a, b] = [start.x, e.clientX].sort((p, q) => p - q).map((c) => (c - box.left) * scale);
    if (!band) { band = svg("rect", { class: "brush", y: 0, height: root.viewBox.baseVal.height }); root.append(band); }
    band.setAttribute("x", a);
    band.setAttribute("width", b - a);
  };
  root.onpointerup = (e) => {
    if (!start) return;
    const moved = Math.abs(e.clientX - start.x) >= 5;
    const [first, last] = [start.period, periodAt(e.clientX)].sort();
    start = null;
    if (band) { band.remove(); band = null; }
    const until = interval === "week" ? iso(Date.parse(last) + 6 * DAY) : last;
    if (moved) onPick(first, until);
    else if (e.target.classList.contains("bar")) onPick(first, until);
  };
}

export function drawTimeline(root, rows, interval, onPick) {
  const box = root.getBoundingClientRect();
  const W = Math.max(box.width, 200), H = Math.max(box.height, 120);
  const pad = { l: 34, r: 38, t: 10, b: 22 };
  root.setAttribute("viewBox", `0 0 ${W} ${H}`);
  root.replaceChildren();
  root.onpointerdown = root.onpointermove = root.onpointerup = null;
  const data = fillGaps(rows, interval);
  if (!data.length) {
    const t = svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "empty" });
    t.textContent = "no events";
    root.append(t);
    return;
  }
  const maxE = Math.max(1, ...data.map((d) => d.events)), maxF = Math.max(1, ...data.map((d) => d.fatalities));
  const iw = W - pad.l - pad.r, ih = H - pad.t - pad.b, bw = iw / data.length;
  const y = (v, m) => pad.t + ih - (v / m) * ih;
  const bars = svg("g", { class: "bars" });
  data.forEach((d, i) => {
    const h = (d.events / maxE) * ih;
    const bar = svg("rect", { x: pad.l + i * bw + bw * 0.1, y: pad.t + ih - h, width: Math.max(bw * 0.8, 1), height: h,
                              class: "bar", "data-period": d.period, "data-events": d.events });
    bar.append(svg("title"));
    bar.firstChild.textContent = `${interval === "week" ? "week of " : ""}${d.period}: ${d.events} events, ${d.fatalities} killed`;
    bars.append(bar);
  });
  const line = data.map((d, i) => `${i ? "L" : "M"}${(pad.l + (i + 0.5) * bw).toFixed(1)} ${y(d.fatalities, maxF).toFixed(1)}`);
  const axis = svg("g", { class: "axis" });
  const label = (x, yy, text, anchor) => {
    const t = svg("text", { x, y: yy, "text-anchor": anchor });
    t.textContent = text;
    axis.append(t);
  };
  axis.append(svg("line", { x1: pad.l, x2: W - pad.r, y1: pad.t + ih, y2: pad.t + ih }));
  label(pad.l, H - 6, data[0].period, "start");
  label(W - pad.r, H - 6, data[data.length - 1].period, "end");
  label(pad.l - 4, pad.t + 8, maxE, "end");
  label(W - pad.r + 4, pad.t + 8, maxF, "start");
  root.append(bars, svg("path", { d: line.join(""), class: "dead-line" }), axis);
  bindBrush(root, data, interval, pad.l, bw, onPick);
}
