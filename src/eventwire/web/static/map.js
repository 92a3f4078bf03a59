// The map: Natural Earth outlines (served from /static/basemap) in an SVG, Mercator, with zoom and pan.
import { svg, typeColour } from "./api.js";

const RAD = Math.PI / 180;
const project = (lon, lat) => {
  const phi = Math.max(-85, Math.min(85, lat)) * RAD;
  return [lon, -Math.log(Math.tan(Math.PI / 4 + phi / 2)) / RAD];
};

function ringsPath(rings) {
  let d = "";
  for (const ring of rings) {
    let crossed = false;
    for (let i = 0; i < ring.length; i += 2) {
      const [x, y] = project(ring[i], ring[i + 1]);
      const jump = i > 0 && Math.abs(ring[i] - ring[i - 2]) > 180; // crossing the antimeridian: lift the pen
      crossed = crossed || jump;
      d += (i && !jump ? "L" : "M") + x.toFixed(2) + " " + y.toFixed(2);
    }
    if (!crossed) d += "Z";
  }
  return d;
}

/** Where to write a shape's name: the centre of the bounding box of its largest ring, projected. */
function labelPoint(rings) {
  let best = null, bestArea = -1;
  for (const ring of rings) {
    let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
    for (let i = 0; i < ring.length; i += 2) {
      x0 = Math.min(x0, ring[i]); x1 = Math.max(x1, ring[i]); y0 = Math.min(y0, ring[i + 1]); y1 = Math.max(y1, ring[i + 1]);
    }
    const area = (x1 - x0) * (y1 - y0);
    if (area > bestArea) { bestArea = area; best = project((x0 + x1) / 2, (y0 + y1) / 2); }
  }
  return { at: best, size: Math.sqrt(Math.max(bestArea, 0)) };
}

/** Marker radius by fatalities; an unknown toll (null) is drawn as small as a known 0. */
export function radiusPx(fatalities) {
  return Math.min(26, 3.5 + 2.2 * Math.sqrt(Math.max(0, fatalities || 0)));
}

export class EventMap {
  constructor(root, onPick) {
    this.root = root;
    this.onPick = onPick;
    this.view = { x: -180, y: -100, w: 360, h: 200 };
    this.loadedAdmin1 = new Set();
    root.append(
      (this.sea = svg("rect", { class: "sea", x: -400, y: -400, width: 800, height: 800 })),
      (this.countries = svg("g", { class: "countries" })),
      (this.admin1 = svg("g", { class: "admin1" })),
      (this.labels = svg("g", { class: "labels" })),
      (this.markers = svg("g", { class: "markers" })),
    );
    this.bindZoom();
    this.apply();
  }

  async loadBasemap() {
    const response = await fetch("/static/basemap/countries.json");
    for (const c of await response.json()) {
      const path = svg("path", { d: ringsPath(c.rings), "data-iso": c.iso || "" });
      path.append(svg("title"));
      path.firstChild.textContent = c.name;
      this.countries.append(path);
      this.addLabel(c.name, c.rings, "country");
    }
    this.apply();
  }

  async loadAdmin1(isoCodes) {
    for (const iso of isoCodes) {
      if (!iso || this.loadedAdmin1.has(iso)) continue;
      this.loadedAdmin1.add(iso);
      const response = await fetch(`/static/basemap/admin1/${encodeURIComponent(iso)}.json`);
      if (!response.ok) continue;
      for (const p of await response.json()) {
        const path = svg("path", { d: ringsPath(p.rings), "data-iso": iso });
        path.append(svg("title"));
        path.firstChild.textContent = p.name;
        this.admin1.append(path);
        this.addLabel(p.name, p.rings, "province");
      }
      this.apply();
      for (const c of this.countries.querySelectorAll(`path[data-iso="${CSS.escape(iso)}"]`)) c.classList.add("active");
    }
  }

  addLabel(name, rings, kind) {
    const { at, size } = labelPoint(rings);
    if (!at) return;
    const t = svg("text", { x: at[0].toFixed(2), y: at[1].toFixed(2), class: kind, "text-anchor": "middle",
                            "data-size": size.toFixed(3) });
    t.textContent = name;
    this.labels.append(t);
  }

  unitsPerPixel() {
    const box = this.root.getBoundingClientRect();
    return Math.max(this.view.w / (box.width || 1), this.view.h / (box.height || 1));
  }

  apply() {
    const v = this.view;
    this.root.setAttribute("viewBox", `${v.x} ${v.y} ${v.w} ${v.h}`);
    const k = this.unitsPerPixel();
    for (const c of this.markers.children) c.setAttribute("r", (radiusPx(+c.dataset.fatalities) * k).toFixed(4));
    for (const t of this.labels.children) {
      const province = t.classList.contains("province");
      t.setAttribute("font-size", ((province ? 10 : 12) * k).toFixed(4));
      t.setAttribute("stroke-width", (3 * k).toFixed(4));
      // a name shows once its shape is wide enough on screen to hold it
      const shown = (+t.dataset.size / k) > (province ? 60 : 50) && (!province || v.w < 40);
      t.setAttribute("visibility", shown ? "visible" : "hidden");
    }
  }

  fit(points) {
    if (!points.length) {
      this.view = { x: -180, y: -100, w: 360, h: 200 };
    } else {
      const xy = points.map((p) => project(p[2], p[1]));
      const xs = xy.map((p) => p[0]), ys = xy.map((p) => p[1]);
      const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      const w = Math.max(x1 - x0, 8) * 1.5, h = Math.max(y1 - y0, 5) * 1.5;
      this.view = { x: (x0 + x1) / 2 - w / 2, y: (y0 + y1) / 2 - h / 2, w, h };
    }
    this.apply();
  }

  show(points) {
    this.markers.replaceChildren();
    const sorted = [...points].sort((a, b) => b[4] - a[4]); // big circles underneath small ones
    for (const [id, lat, lon, type, dead, day] of sorted) {
      const [x, y] = project(lon, lat);
      const unknown = dead === null;
      const c = svg("circle", { class: unknown ? "marker unknown" : "marker", cx: x, cy: y, r: 1, fill: typeColour(type),
                                "data-id": id, "data-fatalities": unknown ? "" : dead, "data-type": type });
      c.append(svg("title"));
      c.firstChild.textContent = `${day} · ${type} · ${unknown ? "toll not reported" : `${dead} killed`}`;
      c.addEventListener("click", (e) => { e.stopPropagation(); this.onPick(id); });
      this.markers.append(c);
    }
    this.apply();
  }

  /** Bring an event's marker into view (centred) if it is off screen. */
  focus(id) {
    const c = [...this.markers.children].find((m) => m.dataset.id === id);
    if (!c) return;
    const x = +c.getAttribute("cx"), y = +c.getAttribute("cy"), v = this.view;
    if (x < v.x || x > v.x + v.w || y < v.y || y > v.y + v.h) {
      this.view = { ...v, x: x - v.w / 2, y: y - v.h / 2 };
      this.apply();
    }
  }

  bindZoom() {
    const toMap = (e) => {
      const box = this.root.getBoundingClientRect(), k = this.unitsPerPixel(), v = this.view;
      const cx = v.x + v.w / 2 + (e.clientX - box.left - box.width / 2) * k;
      const cy = v.y + v.h / 2 + (e.clientY - box.top - box.height / 2) * k;
      return [cx, cy];
    };
    this.root.addEventListener("wheel", (e) => {
      e.preventDefault();
      const f = e.deltaY > 0 ? 1.25 : 0.8, [mx, my] = toMap(e), v = this.view;
      if (v.w * f > 400 || v.w * f < 0.05) return;
      this.view = { x: mx - (mx - v.x) * f, y: my - (my - v.y) * f, w: v.w * f, h: v.h * f };
      this.apply();
    }, { passive: false });
    let drag = null;
    this.root.addEventListener("pointerdown", (e) => {
      if (e.target.classList.contains("marker")) return;
      drag = { x: e.clientX, y: e.clientY, view: { ...this.view } };
      this.root.setPointerCapture(e.pointerId);
    });
    this.root.addEventListener("pointermove", (e) => {
      if (!drag) return;
      const k = this.unitsPerPixel();
      this.view = { ...drag.view, x: drag.view.x - (e.clientX - drag.x) * k, y: drag.view.y - (e.clientY - drag.y) * k };
      this.apply();
    });
    this.root.addEventListener("pointerup", () => { drag = null; });
    window.addEventListener("resize", () => this.apply());
  }
}
