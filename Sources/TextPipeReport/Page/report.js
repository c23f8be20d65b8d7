"use strict";
// The textpipe report page. Data: #tp-documents (one compact object per
// document, spans in UTF-16 offsets, labels and tags as indices into the
// run's tables) and #tp-run (the overview). The URL fragment is the state:
// #doc=ID opens a document; #q=…&tag=…&label=…&entity=LABEL:TEXT&page=N
// filters the list. Only the page of the list on screen is rendered, so a
// report of 100,000 documents stays responsive.
(function () {
  const started = performance.now();
  // Read once, then dropped from the DOM: the parsed copy is all the page
  // uses, and a DOM without tens of megabytes of text is lighter to keep.
  function readData(id) {
    const holder = document.getElementById(id);
    const data = JSON.parse(holder.textContent);
    holder.remove();
    return data;
  }
  const docs = readData("tp-documents");
  const run = readData("tp-run");
  const stats = run.stats || null;
  const indexById = new Map();
  docs.forEach((doc, index) => indexById.set(doc.i, index));
  const PAGE_SIZE = 50;
  const $ = (id) => document.getElementById(id);

  // ---- small helpers ----------------------------------------------------

  const escapeHTML = (text) =>
    String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
  const number = (value) => Number(value).toLocaleString("en-US");
  const percent = (share) => (share * 100).toFixed(share < 0.1 ? 1 : 0) + "%";
  function bytes(count) {
    if (count >= 1e6) return (count / 1e6).toFixed(2) + " MB";
    if (count >= 1e3) return (count / 1e3).toFixed(1) + " KB";
    return count + " B";
  }
  function seconds(value) {
    if (value >= 120) return (value / 60).toFixed(1) + " min";
    if (value < 1) return (value * 1000).toFixed(value < 0.01 ? 1 : 0) + " ms";
    return value >= 10 ? value.toFixed(1) + " s" : value.toFixed(2) + " s";
  }
  function element(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (name === "text") node.textContent = value;
      else if (name === "html") node.innerHTML = value;
      else node.setAttribute(name, value);
    }
    for (const child of children) if (child !== null && child !== undefined) node.append(child);
    return node;
  }
  // Fixed hues for the contract's labels; any other label gets one from its name.
  const HUES = { PERSON: 212, ORG: 28, LOC: 135, MISC: 275, DATE: 48, TIME: 180, MONEY: 92, PERCENT: 330,
    QUANTITY: 8, EMAIL: 250, URL: 196, PHONE: 300 };
  function hue(label) {
    if (label in HUES) return HUES[label];
    let hash = 0;
    for (const c of label) hash = (hash * 31 + c.codePointAt(0)) >>> 0;
    return hash % 360;
  }
  const oneLine = (text) => text.replace(/\s+/g, " ").trim();

  // ---- the URL fragment is the state -----------------------------------

  function readFragment() {
    const state = {};
    for (const part of location.hash.replace(/^#/, "").split("&")) {
      if (!part) continue;
      const cut = part.indexOf("=");
      const key = cut < 0 ? part : part.slice(0, cut);
      const raw = cut < 0 ? "" : part.slice(cut + 1);
      try { state[key] = decodeURIComponent(raw); } catch (error) { state[key] = raw; }
    }
    return state;
  }
  function fragment(state) {
    const parts = [];
    for (const key of ["q", "tag", "label", "entity", "page"]) {
      if (state[key] && !(key === "page" && state.page === 1)) parts.push(key + "=" + encodeURIComponent(state[key]));
    }
    return "#" + (parts.length ? parts.join("&") : "list");
  }
  const docLink = (id) => "#doc=" + encodeURIComponent(id);
  let listState = { q: "", tag: "", label: "", entity: "", page: 1 };

  // ---- the run at a glance ---------------------------------------------

  function card(value, caption, bad) {
    return element("div", { class: bad ? "card bad" : "card" }, element("b", { text: value }), element("span", { text: caption }));
  }
  function panel(title, content, wide) {
    const figure = element("figure", { class: wide ? "panel wide" : "panel" }, element("h3", { text: title }));
    if (typeof content === "string") figure.insertAdjacentHTML("beforeend", content);
    else figure.append(content);
    return figure;
  }
  // Horizontal bars: items are {name, value, note, href, hue}.
  function barChart(items, options) {
    const row = 22, labelWidth = 130, width = 420, barWidth = width - labelWidth - 100;
    const max = Math.max(...items.map((item) => item.value)) || 1;
    const rows = items.map((item, index) => {
      const y = index * row;
      const length = Math.max(1, Math.round((item.value / max) * barWidth));
      const name = item.name.length > 19 ? item.name.slice(0, 18) + "…" : item.name;
      const fill = item.hue === undefined ? "" : ` style="fill: hsl(${item.hue} 60% 55%)"`;
      const shape =
        `<title>${escapeHTML(item.name)}: ${escapeHTML(item.note || number(item.value))}</title>` +
        `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${escapeHTML(name)}</text>` +
        `<rect class="bar${options && options.alt ? " alt" : ""}"${fill} x="${labelWidth}" y="${y + 3}" width="${length}" height="${row - 6}" rx="2"></rect>` +
        `<text class="axis" x="${labelWidth + length + 6}" y="${y + 15}">${escapeHTML(item.note || number(item.value))}</text>`;
      return item.href ? `<a href="${escapeHTML(item.href)}">${shape}</a>` : `<g>${shape}</g>`;
    });
    return `<svg viewBox="0 0 ${width} ${Math.max(row, items.length * row)}" role="img">${rows.join("")}</svg>`;
  }
  // Vertical bars of a histogram: bins are [lower, upper, count].
  function histogram(bins, formatBound, caption) {
    const width = 420, height = 170, left = 36, bottom = 34, top = 10;
    const max = Math.max(1, ...bins.map((bin) => bin[2]));
    const step = (width - left) / Math.max(1, bins.length);
    const every = Math.ceil(bins.length / 8);
    const parts = bins.map((bin, index) => {
      const barHeight = Math.round((bin[2] / max) * (height - bottom - top));
      const x = left + index * step;
      const label = `${formatBound(bin[0])}–${formatBound(bin[1])}`;
      let shape = `<g><title>${escapeHTML(label)}: ${number(bin[2])} documents</title>` +
        `<rect class="bar" x="${x + 1}" y="${height - bottom - barHeight}" width="${Math.max(1, step - 2)}" height="${barHeight}"></rect></g>`;
      if (index % every === 0) shape += `<text class="axis" x="${x}" y="${height - bottom + 14}">${escapeHTML(formatBound(bin[0]))}</text>`;
      return shape;
    });
    parts.push(`<text class="axis" x="0" y="${top + 8}">${number(max)}</text>`);
    parts.push(`<text class="axis" x="0" y="${height - bottom}">0</text>`);
    parts.push(`<text class="axis" x="${left}" y="${height - 4}">${escapeHTML(caption)}</text>`);
    return `<svg viewBox="0 0 ${width} ${height}" role="img">${parts.join("")}</svg>`;
  }

  function renderHeader() {
    document.title = `${run.title} · textpipe report`;
    $("title").textContent = run.title;
    const sources = [run.output, run.errors].filter(Boolean).join(" · ");
    $("subtitle").textContent = `${sources} · report made ${run.generated.replace("T", " ").replace("Z", " UTC")}`;
    const notices = [];
    if (stats && stats.interrupted) notices.push("The run was interrupted (Ctrl-C or SIGTERM): this report shows what was done by then.");
    else if (stats && stats.stopped_early) notices.push("The run stopped early (on_error: fail or an interrupt).");
    if (run.dropped_spans > 0) notices.push(`${number(run.dropped_spans)} spans that do not fit their document's text were left out.`);
    if (notices.length) {
      $("notice").textContent = notices.join(" ");
      $("notice").hidden = false;
    }
  }

  function renderCards() {
    const cards = [card(number(run.documents), "documents ok"), card(number(run.failed), "failed", run.failed > 0)];
    if (stats) {
      cards.push(card(bytes(stats.input_bytes), "input"));
      cards.push(card(seconds(stats.wall_seconds), `wall time, ${stats.jobs} ${stats.jobs === 1 ? "job" : "jobs"}`));
      cards.push(card(number(Math.round(stats.documents_per_second)), "documents / s"));
    } else {
      cards.push(card(bytes(run.text_bytes), "text after cleaning"));
    }
    cards.push(card(number(run.words), "words"));
    const mentions = run.label_counts.reduce((sum, entry) => sum + entry[1], 0);
    if (run.label_counts.length) cards.push(card(number(mentions), "entities"));
    $("cards").replaceChildren(...cards);
  }

  function renderCharts() {
    const charts = [];
    if (stats && stats.stages && stats.stages.length) {
      charts.push(panel("Time per stage", barChart(stats.stages.map((stage) => ({
        name: stage.name, value: stage.seconds, note: `${seconds(stage.seconds)} · ${percent(stage.share)}` })))));
    }
    if (run.label_counts.length) {
      charts.push(panel("Entities by label", barChart(run.label_counts.map((entry) => ({
        name: entry[0], value: entry[1], hue: hue(entry[0]), href: fragment({ label: entry[0] }),
        note: `${number(entry[1])} in ${number(entry[2])} docs` })))));
    }
    if (run.tag_counts.length) {
      charts.push(panel("Tags (documents)", barChart(run.tag_counts.map((entry) => ({
        name: entry[0], value: entry[1], href: fragment({ tag: entry[0] }) })))));
    }
    if (run.length_histogram.length) {
      charts.push(panel("Document length", histogram(run.length_histogram, (bound) => number(bound), "words per document")));
    }
    if (run.summary_share) {
      const figure = panel("Summary length as share of the text",
        histogram(run.summary_share, (bound) => Math.round(bound * 100) + "%", "summary characters / text characters"));
      figure.append(element("p", { class: "muted", text: `mean ${percent(run.summary_share_mean)}` }));
      charts.push(figure);
    }
    if (run.keyphrases.length) {
      charts.push(panel("Most frequent keyphrases (documents)", barChart(run.keyphrases.map((entry) => ({
        name: entry[0], value: entry[1], href: fragment({ q: entry[0] }) })))));
    }
    const labels = Object.keys(run.top_entities);
    if (labels.length) charts.push(panel("Most frequent entities per label", topEntities(labels), true));
    if (run.failures.length) charts.push(failuresPanel());
    charts.push(keysPanel());
    $("charts").replaceChildren(...charts);
  }

  function topEntities(labels) {
    const grid = element("div", { class: "top-entities" });
    for (const label of labels) {
      const list = element("ol");
      for (const [text, count] of run.top_entities[label]) {
        list.append(element("li", {},
          element("a", { href: fragment({ entity: `${label}:${text}` }), text }), " ", element("span", { text: number(count) })));
      }
      grid.append(element("div", {}, element("span", { class: "chip label", style: `--h: ${hue(label)}`, text: label }), list));
    }
    return grid;
  }

  function failuresPanel() {
    const figure = panel(`Failures (${number(run.failures.length)})`,
      barChart(run.failures_by_stage.map((entry) => ({ name: entry[0], value: entry[1] })), { alt: true }), true);
    const body = element("tbody");
    const table = element("table", {}, element("thead", {}, element("tr", {},
      element("th", { text: "document" }), element("th", { text: "stage" }), element("th", { text: "error" }))), body);
    const status = element("span", { class: "muted" });
    const previous = element("button", { type: "button", text: "‹ previous" });
    const next = element("button", { type: "button", text: "next ›" });
    let page = 0;
    const pageSize = 20;
    const pages = Math.ceil(run.failures.length / pageSize);
    function show() {
      body.replaceChildren(...run.failures.slice(page * pageSize, (page + 1) * pageSize).map((failure) =>
        element("tr", {}, element("td", { text: failure[0] }), element("td", { text: failure[1] }),
          element("td", { class: "message", text: failure[2] }))));
      status.textContent = `page ${page + 1} of ${pages}`;
      previous.disabled = page === 0;
      next.disabled = page >= pages - 1;
    }
    previous.addEventListener("click", () => { page -= 1; show(); });
    next.addEventListener("click", () => { page += 1; show(); });
    show();
    figure.append(table);
    if (pages > 1) figure.append(element("div", { class: "pager" }, previous, status, next));
    return figure;
  }

  const STANDARD_KEYS = ["id", "text", "meta", "paragraphs", "tokens", "sentences", "entities", "summary",
    "summary_sentences", "tags", "keywords"];
  function keysPanel() {
    const body = element("tbody");
    for (const [key, count] of run.keys) {
      const shown = key === "paragraphs" || key === "tokens" ? "not shown" : STANDARD_KEYS.includes(key) ? "" : "shown as JSON";
      body.append(element("tr", {}, element("td", {}, element("code", { text: key })),
        element("td", { class: "number", text: number(count) }), element("td", { class: "muted", text: shown })));
    }
    return panel("Keys in the output", element("table", {}, element("thead", {}, element("tr", {},
      element("th", { text: "key" }), element("th", { class: "number", text: "documents" }), element("th", { text: "" }))), body));
  }

  // ---- the document list -----------------------------------------------

  function fillFilters() {
    for (const [tag] of run.tag_counts) $("tag-filter").append(element("option", { value: tag, text: tag }));
    for (const [label] of run.label_counts) $("label-filter").append(element("option", { value: label, text: label }));
    let typing = 0;
    $("search").addEventListener("input", () => {
      clearTimeout(typing);
      typing = setTimeout(() => go({ ...listState, q: $("search").value, page: 1 }), 200);
    });
    $("filters").addEventListener("submit", (event) => {
      event.preventDefault();
      go({ ...listState, q: $("search").value, page: 1 });
    });
    $("tag-filter").addEventListener("change", () => go({ ...listState, tag: $("tag-filter").value, page: 1 }));
    $("label-filter").addEventListener("change", () => go({ ...listState, label: $("label-filter").value, page: 1 }));
    $("entity-filter").addEventListener("click", () => go({ ...listState, entity: "", page: 1 }));
  }
  function go(state) {
    if (location.hash === fragment(state)) route();
    else location.hash = fragment(state);
  }

  function tagIndices(doc) {
    const indices = [];
    for (let k = 0; k < (doc.g || []).length; k += 2) indices.push(doc.g[k]);
    return indices;
  }
  function entityTriples(doc) {
    const triples = [];
    for (let k = 0; k < (doc.e || []).length; k += 3) triples.push([doc.e[k], doc.e[k + 1], doc.e[k + 2]]);
    return triples;
  }
  // The documents matching the filters, as indices into docs, in input order.
  let lastFilter = { key: null, indices: [] };
  function matching(state) {
    const key = JSON.stringify([state.q, state.tag, state.label, state.entity]);
    if (lastFilter.key === key) return lastFilter.indices;
    const query = state.q.trim();
    const pattern = query ? new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i") : null;
    const tag = state.tag ? run.tags.indexOf(state.tag) : null;
    const label = state.label ? run.labels.indexOf(state.label) : null;
    let entity = null;
    if (state.entity) {
      const cut = state.entity.indexOf(":");
      entity = { label: run.labels.indexOf(state.entity.slice(0, cut)), text: state.entity.slice(cut + 1) };
    }
    const indices = [];
    for (let index = 0; index < docs.length; index++) {
      const doc = docs[index];
      if (tag !== null && !tagIndices(doc).includes(tag)) continue;
      if (label !== null && !entityTriples(doc).some((triple) => triple[2] === label)) continue;
      if (entity && !entityTriples(doc).some((triple) =>
        triple[2] === entity.label && oneLine(doc.t.slice(triple[0], triple[1])) === entity.text)) continue;
      if (pattern && !searchMatches(doc, pattern)) continue;
      indices.push(index);
    }
    lastFilter = { key, indices };
    return indices;
  }
  // Id and text (which holds every entity and usually the keyphrases), tags, keyphrases, summary.
  function searchMatches(doc, pattern) {
    if (pattern.test(doc.i) || pattern.test(doc.t)) return true;
    if (tagIndices(doc).some((tag) => pattern.test(run.tags[tag]))) return true;
    for (let k = 0; k < (doc.k || []).length; k += 2) if (pattern.test(doc.k[k])) return true;
    return Boolean(doc.sum && pattern.test(doc.sum));
  }

  function renderList(state) {
    listState = state;
    $("search").value = state.q;
    $("tag-filter").value = state.tag;
    $("label-filter").value = state.label;
    $("entity-filter").hidden = !state.entity;
    $("entity-filter").textContent = state.entity ? `entity ${state.entity.replace(":", ": ")} ✕` : "";
    const indices = matching(state);
    const pages = Math.max(1, Math.ceil(indices.length / PAGE_SIZE));
    const page = Math.min(Math.max(1, state.page), pages);
    const shown = indices.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
    const list = $("doc-list");
    list.start = (page - 1) * PAGE_SIZE + 1;
    list.dataset.matches = indices.length;
    list.replaceChildren(...shown.map((index) => listRow(docs[index])));
    const filtered = state.q || state.tag || state.label || state.entity;
    $("list-status").textContent = filtered
      ? `${number(indices.length)} of ${number(docs.length)} documents match`
      : `${number(docs.length)} documents`;
    const pager = $("pager");
    pager.replaceChildren();
    if (pages > 1) {
      pager.append(page > 1 ? element("a", { href: fragment({ ...state, page: page - 1 }), text: "‹ previous" }) : element("span"));
      pager.append(element("span", { class: "muted", text: `page ${number(page)} of ${number(pages)}` }));
      if (page < pages) pager.append(element("a", { href: fragment({ ...state, page: page + 1 }), text: "next ›" }));
    }
  }
  function listRow(doc) {
    const facts = [];
    const words = doc.t.split(/\s+/).filter(Boolean).length;
    facts.push(`${number(words)} words`);
    if (doc.e) facts.push(`${number(doc.e.length / 3)} entities`);
    const row = element("li", {},
      element("a", { href: docLink(doc.i), class: "doc-title", text: doc.i }),
      element("span", { class: "snippet", text: doc.t.slice(0, 240) }));
    const line = element("div", { class: "facts" });
    for (const tag of tagIndices(doc)) line.append(element("span", { class: "chip", text: run.tags[tag] }));
    line.append(facts.join(" · "));
    row.append(line);
    return row;
  }

  // ---- one document ----------------------------------------------------

  // The text with its sentences as spans and its entities as <mark data-label>
  // inside them. An entity that crosses a sentence boundary joins the two
  // sentences' spans; an empty entity, or one overlapping an earlier one, is
  // listed below the text instead of highlighted.
  function renderText(doc, container) {
    const text = doc.t;
    const entities = entityTriples(doc).map((triple) => ({ start: triple[0], end: triple[1], label: run.labels[triple[2]] }))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const kept = [], skipped = [];
    let reached = 0;
    for (const entity of entities) {
      if (entity.start >= reached && entity.end > entity.start) {
        kept.push(entity);
        reached = entity.end;
      } else skipped.push(entity);
    }
    const summary = new Set(doc.m || []);
    const segments = [];
    let position = 0;
    const sentences = [];
    for (let k = 0; k < (doc.s || []).length; k += 2) sentences.push({ start: doc.s[k], end: doc.s[k + 1], index: k / 2 });
    sentences.sort((a, b) => a.start - b.start);
    for (const sentence of sentences) {
      if (sentence.start < position || sentence.end <= sentence.start) continue;
      if (sentence.start > position) segments.push({ start: position, end: sentence.start, sentences: [] });
      segments.push({ start: sentence.start, end: sentence.end, sentences: [sentence.index] });
      position = sentence.end;
    }
    if (position < text.length) segments.push({ start: position, end: text.length, sentences: [] });
    const merged = [];
    let pointer = 0;
    for (const segment of segments) {
      const last = merged[merged.length - 1];
      while (pointer < kept.length && kept[pointer].end <= segment.start) pointer++;
      if (last && pointer < kept.length && kept[pointer].start < segment.start) {
        last.end = segment.end;
        last.sentences.push(...segment.sentences);
      } else merged.push({ start: segment.start, end: segment.end, sentences: [...segment.sentences] });
    }
    let next = 0;
    for (const segment of merged) {
      let holder = container;
      if (segment.sentences.length) {
        const isSummary = segment.sentences.some((index) => summary.has(index));
        holder = element("span", {
          class: isSummary ? "sentence summary" : "sentence",
          title: `sentence ${segment.sentences.map((index) => index + 1).join(", ")}${isSummary ? " (in the summary)" : ""}`,
          "data-sentence": segment.sentences.join(" "),
        });
      }
      let cursor = segment.start;
      while (next < kept.length && kept[next].start < segment.end) {
        const entity = kept[next++];
        if (entity.start > cursor) holder.append(text.slice(cursor, entity.start));
        holder.append(element("mark", { class: "entity", "data-label": entity.label, style: `--h: ${hue(entity.label)}`,
          title: entity.label, text: text.slice(entity.start, entity.end) }));
        cursor = entity.end;
      }
      if (cursor < segment.end) holder.append(text.slice(cursor, segment.end));
      if (holder !== container) container.append(holder);
    }
    return skipped;
  }

  function renderDocument(id) {
    const view = $("doc-view");
    const back = element("a", { href: fragment(listState), text: "‹ all documents" });
    const index = indexById.get(id);
    if (index === undefined) {
      const failure = run.failures.find((entry) => entry[0] === id);
      view.replaceChildren(back, element("h2", { text: id }), element("p", {
        class: "notice", text: failure ? `This document failed in stage '${failure[1]}': ${failure[2]}` : "No document has this id in the report." }));
      return;
    }
    const doc = docs[index];
    const article = element("article", { class: "document", "data-doc-id": doc.i });
    const neighbours = matching(listState);
    const place = neighbours.indexOf(index);
    const nav = element("nav", { class: "muted" });
    if (place >= 0) {
      if (place > 0) nav.append(element("a", { href: docLink(docs[neighbours[place - 1]].i), text: "‹ previous" }), " ");
      nav.append(`${number(place + 1)} of ${number(neighbours.length)}`);
      if (place < neighbours.length - 1) nav.append(" ", element("a", { href: docLink(docs[neighbours[place + 1]].i), text: "next ›" }));
    }
    article.append(element("div", { class: "doc-header" }, element("div", {}, back, element("h2", { text: doc.i })), nav));
    const textBox = element("div", { class: "doc-text" });
    const skipped = renderText(doc, textBox);
    const main = element("div", {}, legend(doc), textBox);
    if (skipped.length) {
      main.append(element("p", { class: "muted", text: `Entities not highlighted (empty, or overlapping an earlier one): ${skipped.map((entity) =>
        `${entity.label} “${doc.t.slice(entity.start, entity.end)}”`).join(", ")}` }));
    }
    article.append(element("div", { class: "doc-body" }, main, sidePanel(doc)));
    view.replaceChildren(article);
  }

  function legend(doc) {
    const counts = new Map();
    for (const triple of entityTriples(doc)) {
      const label = run.labels[triple[2]];
      counts.set(label, (counts.get(label) || 0) + 1);
    }
    const box = element("div", { class: "legend" });
    for (const [label, count] of counts) {
      box.append(element("span", { class: "chip label", style: `--h: ${hue(label)}` }, label + " ", element("small", { text: String(count) })));
    }
    if (doc.m && doc.m.length) box.append(element("span", { class: "summary-key", text: "summary sentence" }), " ");
    if (doc.s) box.append(element("span", { class: "muted", text: ` ${number(doc.s.length / 2)} sentences (hover to see one)` }));
    return box;
  }

  function sidePanel(doc) {
    const side = element("aside", { class: "doc-side" });
    const section = (title, ...content) => side.append(element("section", {}, element("h3", { text: title }), ...content));
    if (doc.sum !== undefined) section("Summary", element("p", { text: doc.sum }));
    if (doc.g && doc.g.length) {
      const chips = [];
      for (let k = 0; k < doc.g.length; k += 2) {
        chips.push(element("a", { class: "chip", href: fragment({ tag: run.tags[doc.g[k]] }) }, run.tags[doc.g[k]] + " ",
          element("small", { text: doc.g[k + 1].toFixed(2) })));
      }
      section("Tags", element("div", {}, ...chips));
    }
    if (doc.k && doc.k.length) {
      const chips = [];
      for (let k = 0; k < doc.k.length; k += 2) {
        chips.push(element("span", { class: "chip" }, doc.k[k] + " ", element("small", { text: doc.k[k + 1].toFixed(2) })));
      }
      section("Keyphrases", element("div", {}, ...chips));
    }
    if (doc.e && doc.e.length) section("Entities", entityTable(doc));
    if (doc.meta) section("Metadata", element("pre", { class: "json", text: JSON.stringify(doc.meta, null, 2) }));
    if (doc.x) {
      for (const [key, value] of Object.entries(doc.x)) {
        section(key, element("pre", { class: "json", text: JSON.stringify(value, null, 2) }));
      }
    }
    return side;
  }

  function entityTable(doc) {
    const counts = new Map();
    for (const triple of entityTriples(doc)) {
      const label = run.labels[triple[2]];
      const key = label + "\u0000" + oneLine(doc.t.slice(triple[0], triple[1]));
      counts.set(key, (counts.get(key) || 0) + 1);
    }
    const body = element("tbody");
    for (const [key, count] of [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
      const [label, text] = key.split("\u0000");
      body.append(element("tr", {},
        element("td", {}, element("span", { class: "chip label", style: `--h: ${hue(label)}`, text: label })),
        element("td", {}, element("a", { href: fragment({ entity: `${label}:${text}` }), text })),
        element("td", { class: "number", text: String(count) })));
    }
    return element("table", { class: "entity-table" }, body);
  }

  // ---- routing -----------------------------------------------------------

  function route() {
    const state = readFragment();
    const showDocument = "doc" in state;
    // The overview sits above the unfiltered list; the list alone (#list, or filtered) and a document have the page to themselves.
    const listOnly = ["q", "tag", "label", "entity", "page", "list"].some((key) => key in state);
    $("overview-view").hidden = showDocument || listOnly;
    $("list-view").hidden = showDocument;
    $("doc-view").hidden = !showDocument;
    if (showDocument) renderDocument(state.doc);
    else {
      renderList({ q: state.q || "", tag: state.tag || "", label: state.label || "", entity: state.entity || "",
        page: Math.max(1, parseInt(state.page, 10) || 1) });
    }
    window.scrollTo(0, 0);
    document.documentElement.dataset.ready = "true";
  }

  renderHeader();
  renderCards();
  renderCharts();
  fillFilters();
  window.addEventListener("hashchange", route);
  route();
  // For tests and the curious: the script's time to the first view, and the
  // time since the file began to load (reading and parsing it included).
  document.documentElement.dataset.renderMs = String(Math.round(performance.now() - started));
  document.documentElement.dataset.readyMs = String(Math.round(performance.now()));
})();
