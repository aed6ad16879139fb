package dev.allocpath.report;

/** The HTML report's stylesheet, inlined into the page so it needs no other file. */
final class HtmlStyle {
  private HtmlStyle() {}

  static final String CSS = """
      :root { --ink: #1f2933; --muted: #616e7c; --line: #e4e7eb; --bg: #f5f7fa;
        --objects: #2f6fdf; --static: #8e5bd9; --threads: #e8833a; --value: #2f6fdf; --owned: #9cbcf2; }
      * { box-sizing: border-box; }
      body { margin: 0; background: var(--bg); color: var(--ink);
        font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
      main { max-width: 1000px; margin: 0 auto; padding: 24px 24px 48px; }
      header h1 { margin: 0; font-size: 26px; }
      .sub { margin: 2px 0 20px; color: var(--muted); }
      h2 { font-size: 19px; margin: 0 0 12px; }
      h3 { font-size: 15px; margin: 0 0 8px; font-weight: 600; }
      section { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 18px 20px;
        margin: 0 0 20px; }
      .cards { display: grid; grid-template-columns: repeat(5, 1fr); gap: 12px; background: none; border: 0; padding: 0; }
      .card { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 12px 14px; }
      .card .figure { font-size: 24px; font-weight: 700; }
      .card .what { font-weight: 600; }
      .card .detail { color: var(--muted); font-size: 12px; }
      #card-estimated-bytes .figure { color: var(--objects); }
      .chart { display: block; max-width: 100%; height: auto; margin: 4px 0 12px; }
      .chart .label { font-size: 12px; fill: var(--ink); font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
      .chart .value { font-size: 12px; fill: var(--muted); }
      .chart .tick { font-size: 10px; fill: var(--muted); }
      .chart .grid { stroke: var(--line); stroke-width: 1; }
      .part-objects { fill: var(--objects); background: var(--objects); }
      .part-static { fill: var(--static); background: var(--static); }
      .part-threads { fill: var(--threads); background: var(--threads); }
      .part-value { fill: var(--value); background: var(--value); }
      .part-owned { fill: var(--owned); background: var(--owned); }
      .legend { margin: 0; color: var(--muted); font-size: 12px; }
      .legend span { margin-right: 16px; white-space: nowrap; }
      .swatch { display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin-right: 5px;
        vertical-align: -1px; }
      table.data { width: 100%; border-collapse: collapse; font-size: 13px; }
      .table-scroll { overflow-x: auto; }
      table.data th { text-align: left; color: var(--muted); font-weight: 600; border-bottom: 2px solid var(--line);
        padding: 6px 8px; }
      table.data td { border-bottom: 1px solid var(--line); padding: 6px 8px; vertical-align: top; }
      table.data tbody tr:nth-child(even) td { background: #fafbfc; }
      .num { text-align: right !important; font-variant-numeric: tabular-nums; }
      td.num { white-space: nowrap; }
      td small { display: block; color: var(--muted); font-size: 11px; }
      .strong { font-weight: 700; }
      tr.total td { font-weight: 700; border-top: 2px solid var(--line); }
      .loc { color: var(--muted); font-size: 11px; }
      #class-table td:last-child, #class-table th:last-child { white-space: nowrap; }
      code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; }
      .pill { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 12px; white-space: nowrap; }
      .pill.good { background: #e3f4e8; color: #1e6b34; }
      .pill.warn { background: #fdf1dc; color: #8a5a00; }
      .pill.bad { background: #fde4e1; color: #a12a1a; }
      .note, .empty { color: var(--muted); font-size: 12px; }
      details summary { cursor: pointer; color: var(--objects); }
      ul.paths { margin: 4px 0 0; padding-left: 18px; }
      .tree-box { margin-bottom: 14px; }
      ul.tree, ul.tree ul { list-style: none; margin: 0; padding-left: 18px; }
      ul.tree { padding-left: 0; }
      ul.tree li { position: relative; padding: 2px 0 2px 14px; }
      ul.tree ul li::before { content: ""; position: absolute; left: 0; top: 0; bottom: 0; border-left: 1px solid #c5ccd6; }
      ul.tree ul li:last-child::before { bottom: auto; height: 13px; }
      ul.tree ul li::after { content: ""; position: absolute; left: 0; top: 13px; width: 10px; border-top: 1px solid #c5ccd6; }
      .node.skipped { color: var(--muted); }
      .node.skipped strong { font-weight: 500; }
      .node .via { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; color: #3e4c59; }
      .node .fig { color: var(--muted); font-size: 12px; margin-left: 6px; }
      .node.counted .fig { color: var(--objects); }
      .assumptions { color: var(--muted); font-size: 12px; padding-left: 18px; }
      @media (max-width: 800px) { .cards { grid-template-columns: repeat(2, 1fr); } }
      """;
}
