// The preview page's script: renders the server's state (grid, tabs, charts, menus), runs menu items and edits, hosts the sidebar iframe, replays toasts and alerts.
import type {
  CallResult,
  CellView,
  ChartView,
  MenuEntry,
  MenuModel,
  PageState,
  UiEvent,
} from "./state-types.ts";

const $ = <T extends HTMLElement = HTMLElement>(sel: string): T => {
  const el = document.querySelector<T>(sel);
  if (!el) throw new Error(`missing ${sel}`);
  return el;
};

let current: PageState | undefined;
let page = 0;
let lastSeq = 0;
let selected: { row: number; col: number } | undefined;
let refreshing: Promise<void> | undefined;
let refreshAgain = false;
const alertQueue: { title: string; text: string }[] = [];

async function post(path: string, body: unknown): Promise<CallResult> {
  const res = await fetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  return (await res.json()) as CallResult;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

// ---- running things ----

function setRunning(on: boolean): void {
  $("#running").hidden = !on;
}

async function runMenuItem(fn: string): Promise<void> {
  closeMenus();
  setRunning(true);
  try {
    const res = await post("/api/menu", { fn });
    if (!res.ok)
      showToast(
        { title: "Kesalahan skrip", message: res.error?.message ?? "", timeoutSeconds: 10 },
        true,
      );
  } finally {
    setRunning(false);
  }
  await refresh();
}

async function refresh(): Promise<void> {
  // Coalesce: a refresh requested while one runs triggers exactly one more afterwards.
  if (refreshing) {
    refreshAgain = true;
    return refreshing;
  }
  refreshing = (async () => {
    do {
      refreshAgain = false;
      const res = await fetch(`/api/state?page=${page}&since=${lastSeq}`);
      const state = (await res.json()) as PageState;
      // The add-on may switch sheets (activate()); the old selection belongs to the old sheet.
      if (current && current.active !== state.active) {
        selected = state.selection ?? undefined;
        $<HTMLInputElement>("#formula-bar").value = "";
      }
      current = state;
      page = state.grid.page;
      render(state);
      for (const ev of state.events) handleEvent(ev);
      lastSeq = Math.max(lastSeq, state.lastSeq);
    } while (refreshAgain);
  })();
  try {
    await refreshing;
  } finally {
    refreshing = undefined;
  }
}

// ---- events from the add-on ----

function handleEvent(ev: UiEvent): void {
  if (ev.kind === "toast") showToast(ev.toast, false);
  else if (ev.kind === "alert") {
    alertQueue.push({ title: ev.alert.title, text: ev.alert.prompt });
    showNextAlert();
  } else if (ev.kind === "sidebar") openSidebar(ev.sidebar.title, ev.seq);
  else if (ev.kind === "dialog")
    openModal(ev.dialog.title, ev.seq, ev.dialog.width, ev.dialog.height);
}

function showToast(
  t: { title: string; message: string; timeoutSeconds: number },
  error: boolean,
): void {
  const box = el("div", { class: error ? "toast error" : "toast", role: "status" });
  if (t.title) box.append(el("strong", { class: "toast-title" }, t.title));
  box.append(el("div", { class: "toast-message" }, t.message));
  box.addEventListener("click", () => box.remove());
  $("#toasts").append(box);
  if (t.timeoutSeconds >= 0) setTimeout(() => box.remove(), Math.max(1, t.timeoutSeconds) * 1000);
}

function showNextAlert(): void {
  const dialog = $("#dialog");
  if (!dialog.hidden) return;
  const next = alertQueue.shift();
  if (!next) return;
  $("#dialog-title").textContent = next.title;
  $("#dialog-title").hidden = next.title === "";
  $("#dialog-text").textContent = next.text;
  dialog.hidden = false;
  $("#dialog-ok").focus();
}

function openSidebar(title: string, seq: number): void {
  $("#sidebar-title").textContent = title;
  $("#sidebar").hidden = false;
  $<HTMLIFrameElement>("#sidebar-frame").src = `/ui/sidebar?seq=${seq}`;
}

function closeSidebar(): void {
  $("#sidebar").hidden = true;
  $<HTMLIFrameElement>("#sidebar-frame").src = "about:blank";
  void post("/api/sidebar/close", {});
}

function openModal(title: string, seq: number, width?: number, height?: number): void {
  $("#modal-title").textContent = title;
  const box = $("#modal .box");
  box.style.width = `${width ?? 600}px`;
  box.style.height = `${(height ?? 400) + 48}px`;
  $("#modal").hidden = false;
  $<HTMLIFrameElement>("#modal-frame").src = `/ui/dialog?seq=${seq}`;
}

function closeModal(): void {
  $("#modal").hidden = true;
  $<HTMLIFrameElement>("#modal-frame").src = "about:blank";
}

// ---- menus ----

function closeMenus(): void {
  $("#menu-dropdown").hidden = true;
  for (const b of document.querySelectorAll("#menubar button.open")) b.classList.remove("open");
}

function menuEntries(entries: MenuEntry[], into: HTMLElement): void {
  for (const entry of entries) {
    if (entry.kind === "separator") into.append(el("hr", { class: "menu-sep" }));
    else if (entry.kind === "item") {
      const b = el(
        "button",
        { type: "button", class: "menu-row", "data-menu-item": entry.functionName },
        entry.caption,
      );
      b.addEventListener("click", () => void runMenuItem(entry.functionName));
      into.append(b);
    } else {
      const group = el("div", { class: "submenu-group", "data-submenu": entry.menu.title });
      group.append(el("div", { class: "submenu-title" }, entry.menu.title));
      menuEntries(entry.menu.items, group);
      into.append(group);
    }
  }
}

function openDropdown(anchor: HTMLElement, fill: (box: HTMLElement) => void): void {
  const box = $("#menu-dropdown");
  const wasOpen = anchor.classList.contains("open");
  closeMenus();
  if (wasOpen) return;
  box.replaceChildren();
  fill(box);
  const r = anchor.getBoundingClientRect();
  box.style.left = `${r.left}px`;
  box.style.top = `${r.bottom + 2}px`;
  box.hidden = false;
  anchor.classList.add("open");
}

function extensionsMenu(box: HTMLElement, menus: MenuModel[]): void {
  for (const m of menus.filter((x) => x.addon)) {
    const wrap = el("div", { class: "addon-menu", "data-addon-menu": m.title });
    wrap.append(el("div", { class: "menu-row" }, `${m.title}  ▸`));
    const sub = el("div", { class: "submenu" });
    menuEntries(m.items, sub);
    wrap.append(sub);
    box.append(wrap);
  }
  if (!menus.some((x) => x.addon))
    box.append(el("div", { class: "menu-row disabled" }, "Add-on belum membuat menu"));
  box.append(el("hr", { class: "menu-sep" }));
  box.append(el("div", { class: "menu-row disabled" }, "Add-on"));
  box.append(el("div", { class: "menu-row disabled" }, "Apps Script"));
}

function renderMenus(menus: MenuModel[]): void {
  const custom = $("#custom-menus");
  custom.replaceChildren();
  for (const m of menus.filter((x) => !x.addon)) {
    const b = el("button", { type: "button", "data-menu": m.title }, m.title);
    b.addEventListener("click", () => openDropdown(b, (box) => menuEntries(m.items, box)));
    custom.append(b);
  }
}

// ---- grid ----

function cellClasses(v: CellView | null): string {
  if (!v) return "";
  const c: string[] = [];
  if (v.num && !v.halign) c.push("num");
  if (v.wrap) c.push("wrap");
  if (v.border) c.push("border");
  if (v.note) c.push("has-note");
  if (v.invalid) c.push("invalid");
  if (v.choices) c.push("dropdown");
  return c.join(" ");
}

function renderGrid(state: PageState): void {
  const g = state.grid;
  const table = $<HTMLTableElement>("#grid");
  const colgroup = el("colgroup");
  colgroup.append(el("col", { style: "width:46px" }));
  for (const col of g.columns)
    colgroup.append(el("col", { style: `width:${col.hidden ? 6 : col.width}px` }));
  const thead = el("thead");
  const hr = el("tr");
  hr.append(el("th", { class: "corner" }));
  for (const col of g.columns) {
    const th = el("th", { "data-col": String(col.col) }, col.letter);
    if (col.hidden) th.dataset.hidden = "true";
    hr.append(th);
  }
  thead.append(hr);
  const tbody = el("tbody");
  for (const row of g.rows) {
    const tr = el("tr", { "data-row": String(row.row) });
    if (row.hidden) tr.dataset.hidden = "true";
    if (row.frozen) tr.classList.add("frozen");
    if (row.frozen && row.row === g.frozenRows) tr.classList.add("frozen-last");
    tr.append(el("th", {}, String(row.row)));
    row.cells.forEach((v, i) => {
      const col = g.columns[i];
      if (!col) return;
      const td = el("td", { "data-row": String(row.row), "data-col": String(col.col) }, v?.d ?? "");
      const next = row.cells[i + 1];
      const spill =
        v &&
        !v.num &&
        !v.wrap &&
        v.d !== "" &&
        (next === undefined || next === null || next.d === "");
      const cls = [cellClasses(v), spill ? "spill" : ""].filter(Boolean).join(" ");
      if (cls) td.className = cls;
      if (row.hidden || col.hidden) td.dataset.hidden = "true";
      if (v?.note) td.title = v.note;
      if (v) {
        const style: string[] = [];
        if (v.bg) style.push(`background-color:${v.bg}`);
        if (v.bold) style.push("font-weight:bold");
        if (v.italic) style.push("font-style:italic");
        if (v.color) style.push(`color:${v.color}`);
        if (v.halign) style.push(`text-align:${v.halign}`);
        if (style.length) td.setAttribute("style", style.join(";"));
      }
      if (selected && selected.row === row.row && selected.col === col.col)
        td.classList.add("selected");
      tr.append(td);
    });
    tbody.append(tr);
  }
  table.replaceChildren(colgroup, thead, tbody);
  // A fixed-layout table keeps its column widths only when its own width is set.
  table.style.width = `${46 + g.columns.reduce((w, c) => w + (c.hidden ? 6 : c.width), 0)}px`;
  const first = g.page * g.pageSize + 1;
  const last = Math.min(g.shownRows, first + g.pageSize - 1);
  $("#grid-range").textContent =
    `Baris ${first}–${last} dari ${g.maxRows} (data sampai baris ${g.lastRow})`;
  $<HTMLButtonElement>("#grid-prev").disabled = g.page === 0;
  $<HTMLButtonElement>("#grid-next").disabled = g.page >= g.pages - 1;
}

function cellView(row: number, col: number): CellView | null {
  const g = current?.grid;
  if (!g) return null;
  const r = g.rows.find((x) => x.row === row);
  return r?.cells[col - 1] ?? null;
}

function letters(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function select(row: number, col: number, tell = true): void {
  selected = { row, col };
  for (const td of document.querySelectorAll("#grid td.selected")) td.classList.remove("selected");
  document
    .querySelector(`#grid td[data-row="${row}"][data-col="${col}"]`)
    ?.classList.add("selected");
  const v = cellView(row, col);
  $("#cell-address").textContent = `${letters(col)}${row}`;
  const bar = $<HTMLInputElement>("#formula-bar");
  bar.value = v?.e ?? v?.d ?? "";
  const options = $("#dv-options");
  options.replaceChildren(...(v?.choices ?? []).map((c) => el("option", { value: c })));
  if (tell && current) void post("/api/select", { sheet: current.active, row, col });
}

async function commitEdit(): Promise<void> {
  if (!selected || !current) return;
  const text = $<HTMLInputElement>("#formula-bar").value;
  const res = await post("/api/edit", {
    sheet: current.active,
    row: selected.row,
    col: selected.col,
    text,
  });
  if (!res.ok) {
    alertQueue.push({ title: "Terjadi masalah", text: res.error?.message ?? "" });
    showNextAlert();
  }
  await refresh();
  const next = { row: selected.row + 1, col: selected.col };
  if (res.ok && current.grid.rows.some((r) => r.row === next.row)) select(next.row, next.col);
  else select(selected.row, selected.col, false);
}

// ---- tabs and charts ----

function renderTabs(state: PageState): void {
  const tabs = $("#tabs");
  tabs.replaceChildren();
  for (const s of state.sheets) {
    const b = el("button", { type: "button", class: "tab", "data-sheet": s.name }, s.name);
    if (s.name === state.active) b.classList.add("active");
    if (s.tabColor) b.style.borderBottomColor = s.tabColor;
    if (s.protected) b.append(el("span", { class: "lock", title: "Dilindungi" }, "🔒"));
    b.addEventListener("click", async () => {
      page = 0;
      selected = undefined;
      await post("/api/activate", { sheet: s.name });
      await refresh();
    });
    tabs.append(b);
  }
}

const PALETTE = [
  "#4285f4",
  "#ea4335",
  "#fbbc04",
  "#34a853",
  "#ff6d01",
  "#46bdc6",
  "#7baaf7",
  "#f07b72",
];
const SVG = "http://www.w3.org/2000/svg";

function svgEl(tag: string, attrs: Record<string, string | number>): SVGElement {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

function renderChart(c: ChartView): HTMLElement {
  const box = el("div", {
    class: "chart",
    "data-chart-index": String(c.index),
    "data-chart-type": c.type,
  });
  box.append(el("div", { class: "chart-title" }, c.title || "Diagram"));
  const W = 440;
  const H = 240;
  const svg = svgEl("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": c.title });
  const values = c.series.flatMap((s) => s.values);
  const max = Math.max(1, ...values);
  const n = c.labels.length;
  if (c.type === "PIE" && c.series[0]) {
    const total = c.series[0].values.reduce((a, b) => a + Math.max(0, b), 0) || 1;
    let angle = -Math.PI / 2;
    c.series[0].values.forEach((v, i) => {
      const a2 = angle + (Math.max(0, v) / total) * Math.PI * 2;
      const [cx, cy, r] = [W / 2, H / 2, H / 2 - 10];
      const large = a2 - angle > Math.PI ? 1 : 0;
      const d = `M${cx},${cy} L${cx + r * Math.cos(angle)},${cy + r * Math.sin(angle)} A${r},${r} 0 ${large} 1 ${cx + r * Math.cos(a2)},${cy + r * Math.sin(a2)} Z`;
      svg.append(svgEl("path", { d, fill: PALETTE[i % PALETTE.length] ?? "#999" }));
      angle = a2;
    });
  } else if (n > 0) {
    const horizontal = c.type === "BAR";
    const pad = { l: horizontal ? 90 : 30, r: 10, t: 10, b: horizontal ? 10 : 40 };
    const plotW = W - pad.l - pad.r;
    const plotH = H - pad.t - pad.b;
    const band = (horizontal ? plotH : plotW) / n;
    const k = Math.max(1, c.series.length);
    c.labels.forEach((label, i) => {
      c.series.forEach((s, j) => {
        const v = Math.max(0, s.values[i] ?? 0);
        const size = (v / max) * (horizontal ? plotW : plotH);
        const thick = (band * 0.7) / k;
        const offset = i * band + band * 0.15 + j * thick;
        const fill = PALETTE[j % PALETTE.length] ?? "#999";
        const rect = horizontal
          ? svgEl("rect", { x: pad.l, y: pad.t + offset, width: size, height: thick, fill })
          : svgEl("rect", {
              x: pad.l + offset,
              y: pad.t + plotH - size,
              width: thick,
              height: size,
              fill,
            });
        const tip = svgEl("title", {});
        tip.textContent = `${label}: ${s.values[i] ?? 0}`;
        rect.append(tip);
        svg.append(rect);
      });
      const t = horizontal
        ? svgEl("text", {
            x: pad.l - 4,
            y: pad.t + i * band + band / 2 + 4,
            "text-anchor": "end",
            "font-size": 10,
          })
        : svgEl("text", {
            x: pad.l + i * band + band / 2,
            y: H - pad.b + 14,
            "text-anchor": "middle",
            "font-size": 10,
          });
      t.textContent = label.length > 14 ? `${label.slice(0, 13)}…` : label;
      svg.append(t);
    });
    svg.append(
      horizontal
        ? svgEl("line", { x1: pad.l, y1: pad.t, x2: pad.l, y2: pad.t + plotH, stroke: "#9aa0a6" })
        : svgEl("line", {
            x1: pad.l,
            y1: pad.t + plotH,
            x2: pad.l + plotW,
            y2: pad.t + plotH,
            stroke: "#9aa0a6",
          }),
    );
  }
  box.append(svg);
  const legend = el("div", { class: "legend" });
  const names = c.type === "PIE" ? c.labels : c.series.map((s) => s.name);
  names.forEach((name, i) => {
    const item = el("span");
    const swatch = el("i");
    swatch.style.background = PALETTE[i % PALETTE.length] ?? "#999";
    item.append(swatch, document.createTextNode(name));
    legend.append(item);
  });
  box.append(legend);
  return box;
}

/** Floats each chart over its anchor cell, as Sheets does; anchors not on this page go to the strip below. */
function placeCharts(charts: ChartView[]): void {
  for (const old of document.querySelectorAll("#grid-scroll > .chart")) old.remove();
  const strip: HTMLElement[] = [];
  for (const c of charts) {
    const box = renderChart(c);
    const td = document.querySelector<HTMLElement>(
      `#grid td[data-row="${c.anchor.row}"][data-col="${c.anchor.col}"]`,
    );
    if (td) {
      box.style.left = `${td.offsetLeft + c.anchor.offsetX}px`;
      box.style.top = `${td.offsetTop + c.anchor.offsetY}px`;
      $("#grid-scroll").append(box);
    } else strip.push(box);
  }
  $("#charts").replaceChildren(...strip);
}

function render(state: PageState): void {
  $("#doc-title").textContent = state.title;
  document.title = `${state.title} — Pilah pratinjau`;
  const err = $("#bundle-error");
  err.hidden = !state.bundleError;
  err.textContent = state.bundleError ? `Code.js tidak dapat dimuat: ${state.bundleError}` : "";
  renderMenus(state.menus);
  renderGrid(state);
  renderTabs(state);
  placeCharts(state.charts);
  if (!state.sidebar && !$("#sidebar").hidden) {
    $("#sidebar").hidden = true;
    $<HTMLIFrameElement>("#sidebar-frame").src = "about:blank";
  }
  if (selected) select(selected.row, selected.col, false);
}

// ---- wiring ----

function wire(): void {
  const ext = $('#menubar button[data-menu="extensions"]');
  ext.addEventListener("click", () =>
    openDropdown(ext, (box) => extensionsMenu(box, current?.menus ?? [])),
  );
  document.addEventListener("click", (e) => {
    const t = e.target as HTMLElement;
    if (!t.closest("#menu-dropdown") && !t.closest("#menubar")) closeMenus();
  });
  $("#grid").addEventListener("click", (e) => {
    const td = (e.target as HTMLElement).closest("td");
    if (!td) return;
    select(Number(td.dataset.row), Number(td.dataset.col));
  });
  $("#grid").addEventListener("dblclick", () => $("#formula-bar").focus());
  $("#formula-bar").addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      void commitEdit();
    } else if (e.key === "Escape") {
      if (selected) select(selected.row, selected.col, false);
    }
  });
  $("#grid-prev").addEventListener("click", () => {
    page = Math.max(0, page - 1);
    void refresh();
  });
  $("#grid-next").addEventListener("click", () => {
    page += 1;
    void refresh();
  });
  $("#sidebar-close").addEventListener("click", closeSidebar);
  $("#modal-close").addEventListener("click", closeModal);
  $("#dialog-ok").addEventListener("click", () => {
    $("#dialog").hidden = true;
    showNextAlert();
  });
  window.addEventListener("message", (e: MessageEvent) => {
    const data = e.data as { pilah?: boolean; kind?: string } | null;
    if (!data?.pilah) return;
    const fromSidebar = e.source === $<HTMLIFrameElement>("#sidebar-frame").contentWindow;
    if (data.kind === "rpc-done") void refresh();
    else if (data.kind === "close") {
      if (fromSidebar) closeSidebar();
      else closeModal();
    }
  });
  // Cheap poll: picks up changes made elsewhere (a second tab, the lead's scripts).
  setInterval(async () => {
    try {
      const res = await fetch("/api/version");
      const v = (await res.json()) as { version: number; lastSeq: number };
      if (current && (v.version !== current.version || v.lastSeq > lastSeq)) await refresh();
    } catch {
      // server restarting; try again on the next tick
    }
  }, 1500);
}

async function start(): Promise<void> {
  wire();
  // As Sheets does on open: onOpen builds the add-on menu.
  const before = (await (await fetch("/api/version")).json()) as { lastSeq: number };
  lastSeq = before.lastSeq;
  const opened = await post("/api/open", {});
  if (!opened.ok)
    showToast(
      { title: "onOpen gagal", message: opened.error?.message ?? "", timeoutSeconds: 10 },
      true,
    );
  await refresh();
  document.body.dataset.ready = "true";
}

void start();
