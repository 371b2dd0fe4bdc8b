import {
  RULES,
  RevisionError,
  changeWriter,
  check,
  confinedFileSystem,
  describeLanding,
  escapeStrings,
  escapeTerminal,
  escapeTerminalLine,
  fix,
  lint,
  maskSecretObject,
  maskSecretValues,
  parseSourceMapping,
  planChanges,
  readRevision,
  readWorkTree,
  renderPlanMarkdown,
  renderPlanText,
  repositoryRootOf,
  rollbackPlan
} from "./chunk-S4DB2THA.js";
import {
  build,
  dump,
  kustomizeOutputSchema
} from "./chunk-PMRTESBQ.js";

// src/cli/index.ts
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";

// src/cli/render.ts
function exitCodeOf(problems) {
  return problems.some((p) => p.severity === "error") ? 1 : 0;
}
var UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function renderJson(value) {
  const json = JSON.stringify(value, jsonReplacer, 2).replace(
    UNSAFE_IN_JSON,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
  return `${json}
`;
}
function renderDiffText(diff) {
  return diff.split("\n").map(escapeTerminalLine).join("\n");
}
function jsonReplacer(key, value) {
  return key === "shape" ? void 0 : value;
}
var STATUS_MARKS = {
  current: "ok     ",
  missing: "MISSING",
  stale: "STALE  ",
  ignored: "ignored",
  job: "job    ",
  "no-tracked-config": "-      "
};
function printed(report) {
  return escapeStrings(
    {
      files: report.files,
      roots: report.roots.length,
      summary: report.discovery.summary,
      coverage: report.coverage.counts,
      problems: report.problems,
      workloads: report.workloads.map((workload) => ({
        kind: workload.kind,
        namespace: workload.namespace,
        name: workload.name,
        status: workload.status,
        desiredHash: workload.desiredHash,
        root: workload.root,
        source: workload.source && {
          file: workload.source.file,
          line: workload.source.line,
          document: workload.source.document
        },
        annotationsPath: workload.shape.annotationsPath.join("."),
        uncovered: workload.status === "ignored" ? [] : workload.references.flatMap(
          ({ kind, name, optional, coverage }) => coverage === "git-hash" ? [] : [{ kind, name, optional, coverage }]
        )
      }))
    },
    escapeTerminal
  );
}
function renderReportText(unsafeReport) {
  const report = printed(unsafeReport);
  const lines = [
    `Read ${report.files} YAML files in ${report.roots} roots: ${report.workloads.length} workloads.`,
    report.summary,
    "",
    ...renderWorkloads(report.workloads),
    ...renderCoverage(report.coverage),
    ...renderProblems(report.problems),
    renderSummary(report)
  ];
  return `${lines.join("\n")}
`;
}
function renderFixText(unsafeChanges, unsafeAfter) {
  const changes = escapeStrings(unsafeChanges, escapeTerminal);
  const after = printed(unsafeAfter);
  const written = changes.length === 0 ? ["Nothing to write: every annotation is current."] : [
    `Wrote ${changes.length} file${changes.length === 1 ? "" : "s"}:`,
    ...changes.map((change) => `  ${change.file}`)
  ];
  return `${[...written, "", ...renderProblems(after.problems), renderSummary(after)].join("\n")}
`;
}
var COVERAGE_PHRASES = [
  ["git-hash", "restarted by the Git hash"],
  ["kustomize-suffix", "restarted by kustomize's name suffix"],
  ["chart-checksum", "restarted by the chart's checksum"],
  ["reloader", "restarted by Reloader"],
  ["untrackable", "NOT COVERED (made in the cluster)"],
  ["not-in-git", "NOT COVERED (not in Git)"],
  ["not-selected", "not selected"],
  ["missing", "not found"],
  ["no-restart-needed", "pull secrets (no restart needed)"]
];
function renderCoverage(counts) {
  const parts = COVERAGE_PHRASES.flatMap(([kind, phrase]) => {
    const count = counts[kind] ?? 0;
    return count > 0 ? [`${count} ${phrase}`] : [];
  });
  if (parts.length === 0) return [];
  return [`Coverage of config references: ${parts.join(", ")}.`, ""];
}
function renderLintText(unsafeReport) {
  const report = escapeStrings(unsafeReport, escapeTerminal);
  const count = (severity) => report.problems.filter((p) => p.severity === severity).length;
  const summary = report.problems.length === 0 ? `Read ${report.files} YAML files: no lint findings.` : `Read ${report.files} YAML files: ${["error", "warning", "note"].map((severity) => plural(count(severity), severity)).join(", ")}.`;
  return `${[...renderProblems(report.problems), summary].join("\n")}
`;
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function renderWorkloads(workloads) {
  if (workloads.length === 0) return [];
  const rows = workloads.map((workload) => {
    const where = workload.source ? `${workload.source.file}:${workload.source.line}` : "(generated)";
    const hash = workload.desiredHash ?? "";
    const name = `${workload.kind} ${workload.namespace ? `${workload.namespace}/` : ""}${workload.name}`;
    const row = `  ${STATUS_MARKS[workload.status]}  ${name.padEnd(40)} ${hash.padEnd(24)} ${workload.root}  ${where}`;
    return [row, ...coverageLines(workload)].join("\n");
  });
  return ["Workloads (status, name, config hash, root, source):", ...rows, ""];
}
var COVERAGE_WORDS = {
  "kustomize-suffix": "handled by kustomize (its name-suffix hash renames it on every change)",
  untrackable: "NOT COVERED: made in the cluster, Git cannot see it change; add a Reloader annotation for it",
  "not-in-git": "made from files Git does not track: left out of the hash",
  "chart-checksum": "made by the chart, restarted by the chart's checksum annotation",
  reloader: "not trackable from Git; restarted by Stakater Reloader (its annotation watches it)",
  "not-selected": "not watched by a Reloader annotation (--selection reloader): not hashed",
  missing: "not found",
  "no-restart-needed": "image pull secret: no restart needed"
};
function coverageLines(workload) {
  const seen = /* @__PURE__ */ new Set();
  return workload.uncovered.flatMap((reference) => {
    const line = `             ${reference.kind} ${reference.name}${reference.optional && reference.coverage === "missing" ? " (optional)" : ""}: ${COVERAGE_WORDS[reference.coverage]}`;
    if (seen.has(line)) return [];
    seen.add(line);
    return [line];
  });
}
function renderProblems(problems) {
  if (problems.length === 0) return [];
  return [
    "Findings:",
    ...problems.map(
      (p) => `  ${p.file}:${p.line}${p.column ? `:${p.column}` : ""}  ${p.severity}  ${p.rule}  ${p.message}`
    ),
    ""
  ];
}
function renderSummary(report) {
  const count = (status) => new Set(
    report.workloads.filter((w) => w.status === status).map((w) => `${w.source?.file}#${w.source?.document}#${w.annotationsPath}`)
  ).size;
  const missing = count("missing");
  const stale = count("stale");
  const errors = report.problems.filter((p) => p.severity === "error").length;
  if (missing + stale === 0 && errors === 0)
    return "Clean: every workload that reads config from Git carries its current hash.";
  const pending = `${missing} missing and ${stale} stale config-hash annotation${missing + stale === 1 ? "" : "s"}`;
  return `${pending}, ${errors} error${errors === 1 ? "" : "s"} in all. Run 'gitops-reloader fix' to write the annotations.`;
}
function renderBuild(objects) {
  const options = { lineWidth: -1, noRefs: true, schema: kustomizeOutputSchema };
  return objects.map((object) => dump(object, options)).join("---\n");
}
function renderRoots(unsafeListing) {
  const listing = escapeStrings(unsafeListing, escapeTerminal);
  const rows = listing.roots.map((root) => {
    const interval = root.interval ? `every ${root.interval}` : "";
    return `  ${root.id}
    builds ${root.path ?? "(plain files)"}, ${root.resources} resources ${interval}
    declared at ${root.declaredAt}`;
  });
  const found = (problems) => problems.map((p) => `  ${p.file}:${p.line}
    ${p.message}`);
  const sections = [
    listing.discovery.summary,
    `${listing.roots.length} roots:`,
    ...rows,
    ...listing.unresolved.length > 0 ? [
      `${listing.unresolved.length} unresolved Flux Kustomizations:`,
      ...found(listing.unresolved)
    ] : [],
    ...listing.inferred.length > 0 ? ["Sources inferred from workflows:", ...found(listing.inferred)] : []
  ];
  return `${sections.join("\n")}
`;
}

// src/cli/sarif.ts
var SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var INFORMATION_URI = "https://github.com/gitops-reloader/gitops-reloader";
var RULES_DOC = `${INFORMATION_URI}/blob/main/docs/rules.md`;
var RULE_TEXT = {
  "config-hash-missing": {
    short: "A workload reads config from Git but has no config-hash annotation.",
    help: `A change to that config would be applied without restarting the pods. Run 'gitops-reloader fix' to write the annotation, or opt the workload out with gitops-reloader/ignore: "true".`
  },
  "config-hash-stale": {
    short: "A config-hash annotation does not match what the workload reads now.",
    help: "The config changed without the annotation, so no restart would happen. Run 'gitops-reloader fix' and commit the result."
  },
  "config-hash-conflict": {
    short: "A shared base gets different config in roots that cannot hold a patch.",
    help: "Add a kustomization.yaml to that root's path (fix then writes config-hash.patch.yaml there), or give each Flux Kustomization its own overlay directory."
  },
  "reference-missing": {
    short: "A pod reads a ConfigMap or Secret that no root defines.",
    help: "Add the object to the repository, fix the name, or mark the reference optional."
  },
  "reference-untrackable": {
    short: "A pod reads a Secret made in the cluster (ExternalSecret, cert-manager...).",
    help: "Git cannot see it change: keep a Reloader annotation for it, with Reloader's reloadStrategy: annotations."
  },
  "job-not-annotated": {
    short: "A Job reads config from Git; its pod template is immutable, so it is not annotated.",
    help: "Nothing to do: the next run of the Job reads the new config."
  },
  "yaml-parse-error": {
    short: "A YAML document cannot be parsed; it is skipped.",
    help: "Fix the syntax at the reported line and column."
  },
  "write-refused": {
    short: "fix could not write a file without changing more than it meant to.",
    help: "For an alias, write the annotation by hand at the reported line; for a changed file, run fix again; for permissions, make the file writable."
  },
  "build-problem": {
    short: "Part of a root could not be built.",
    help: "The message names the file and what kustomize-lite or Flux could not read; the rest of the root is still checked."
  },
  "kustomization-cycle": {
    short: "Kustomizations include each other in a cycle.",
    help: "Remove one of the references so that the includes form a tree."
  },
  "config-not-in-git": {
    short: "A workload reads config made from files Git does not track.",
    help: "Commit the config (encrypted with SOPS for a secret) and run fix again, or keep a Reloader annotation for it."
  },
  "outside-repository": {
    short: "A symbolic link resolves outside the repository; it is skipped.",
    help: "Copy the file into the repository, or point the link inside it."
  },
  "file-unreadable": {
    short: "A file or folder cannot be read; it is skipped.",
    help: "Fix the permissions, or re-encode the file as UTF-8."
  },
  "flux-unresolved": {
    short: "A Flux Kustomization is not built as a root.",
    help: "The message says why (its source is not this repository, or its path is missing); map a source built from a folder with --source."
  },
  "flux-source-inferred": {
    short: "A Flux source is taken to be built from a folder of this repository.",
    help: "If the folder is wrong, map the source with --source kind/namespace/name=folder."
  },
  "reloader-reload-strategy": {
    short: "Stakater Reloader runs without the annotations reload strategy.",
    help: "With the default (env-vars) Reloader restarts pods by patching an env var into the live pod template, which Flux does not keep. Set reloader.reloadStrategy: annotations in the HelmRelease values ('gitops-reloader fix' writes it), or add --reload-strategy=annotations to the Reloader container's args."
  },
  "helm-values-not-watched": {
    short: "A HelmRelease valuesFrom ConfigMap or Secret lacks reconcile.fluxcd.io/watch: Enabled.",
    help: "A change to it upgrades the release only at the HelmRelease's next interval. Add the label reconcile.fluxcd.io/watch: Enabled to the object (Flux 2.7 or later)."
  },
  "flux-v1-object": {
    short: "A Flux API without server-side apply (Flux v1, or a v1beta1 Kustomization).",
    help: 'Client-side apply reverts the annotation Stakater Reloader writes. Pre-declare reloader.stakater.com/last-reloaded-from: "" with a kustomize patch for the workloads Reloader restarts, or move to Flux v2.'
  },
  "hash-restarts-nothing": {
    short: "A workload gets a config hash, but a pod-template change does not restart it.",
    help: "Its update strategy is OnDelete, or the Deployment is paused: use RollingUpdate or resume it, or restart the pods by hand after a config change."
  },
  "hash-scaled-to-zero": {
    short: "A workload gets a config hash but has replicas: 0.",
    help: "No pod runs, so nothing restarts; pods started later read the current config. Nothing to do unless the workload should run."
  },
  "reloader-annotation-typo": {
    short: "A misspelt Stakater Reloader annotation key.",
    help: "Reloader ignores the key as written: rename it to the annotation the message suggests."
  }
};
var GENERIC = { short: "A gitops-reloader finding.", help: "See docs/rules.md." };
function ruleAnchor(rule) {
  return `${rule}-${RULES[rule]}`;
}
function renderSarif(problems, options) {
  const ids = Object.keys(RULES);
  const index = new Map(ids.map((id, position) => [id, position]));
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "gitops-reloader",
            version: options.version,
            semanticVersion: options.version,
            informationUri: INFORMATION_URI,
            rules: ids.map((id) => ruleDescriptor(id))
          }
        },
        columnKind: "unicodeCodePoints",
        results: problems.map((found) => ({
          ruleId: found.rule,
          ruleIndex: index.get(found.rule),
          level: level(found.severity),
          message: { text: found.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: {
                  uri: fileUri(`${options.uriPrefix ?? ""}${found.file}`),
                  uriBaseId: "%SRCROOT%"
                },
                region: {
                  startLine: Math.max(1, found.line),
                  ...found.column ? { startColumn: Math.max(1, found.column) } : {}
                }
              }
            }
          ]
        }))
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
function ruleDescriptor(id) {
  const text = RULE_TEXT[id] ?? GENERIC;
  return {
    id,
    name: id,
    shortDescription: { text: text.short },
    fullDescription: { text: `${text.short} ${text.help}` },
    help: {
      text: text.help,
      markdown: `${text.help}

[docs/rules.md: ${id}](${RULES_DOC}#${ruleAnchor(id)})`
    },
    helpUri: `${RULES_DOC}#${ruleAnchor(id)}`,
    defaultConfiguration: { level: level(RULES[id]) },
    properties: { tags: ["gitops", "flux", "kubernetes"] }
  };
}
function level(severity) {
  return severity;
}
function fileUri(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}

// src/cli/line-diff.ts
function splitLines(text) {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
function lineDiff(beforeText, afterText) {
  const a = splitLines(beforeText);
  const b = splitLines(afterText);
  const offset = a.length + b.length + 1;
  const frontier = new Int32Array(2 * offset + 1);
  const trace = [];
  for (let d = 0; d <= a.length + b.length; d++) {
    trace.push(frontier.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || k !== d && frontier[offset + k - 1] < frontier[offset + k + 1];
      let x = down ? frontier[offset + k + 1] : frontier[offset + k - 1] + 1;
      let y = x - k;
      while (x < a.length && y < b.length && a[x] === b[y]) [x, y] = [x + 1, y + 1];
      frontier[offset + k] = x;
      if (x >= a.length && y >= b.length) return backtrack(trace, offset, a.length, b.length);
    }
  }
  throw new Error("unreachable: a diff always exists");
}
function backtrack(trace, offset, n, m) {
  const diff = { removed: [], added: [] };
  let [x, y] = [n, m];
  for (let d = trace.length - 1; d > 0; d--) {
    const frontier = trace[d];
    const k = x - y;
    const down = k === -d || k !== d && frontier[offset + k - 1] < frontier[offset + k + 1];
    const previousK = down ? k + 1 : k - 1;
    const previousX = frontier[offset + previousK];
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) [x, y] = [x - 1, y - 1];
    if (down) diff.added.unshift(previousY);
    else diff.removed.unshift(previousX);
    [x, y] = [previousX, previousY];
  }
  return diff;
}

// src/cli/unified-diff.ts
var CONTEXT = 3;
function unifiedDiff(file, before, after) {
  const common = commonStart(before, after);
  const from = lineStartBefore(before, common.offset, CONTEXT);
  const skipped = from.lines;
  const oldLines = splitLines(before.slice(from.offset));
  const newLines = splitLines(after.slice(from.offset));
  const diff = lineDiffAfter(before, after, common);
  const { removed, added } = shifted(diff, -from.lines);
  const hunks = groupHunks(alignChanges(oldLines.length, newLines.length, removed, added));
  const body = hunks.map((hunk) => renderHunk(hunk, oldLines, newLines, skipped)).join("");
  return `--- a/${file}
+++ b/${file}
${body}`;
}
function commonStart(before, after) {
  const limit = Math.min(before.length, after.length);
  let same = 0;
  while (same < limit && before.charCodeAt(same) === after.charCodeAt(same)) same++;
  const offset = same === 0 ? 0 : before.lastIndexOf("\n", same - 1) + 1;
  return { lines: newlines(before, 0, offset), offset };
}
function lineDiffAfter(before, after, common = commonStart(before, after)) {
  return shifted(lineDiff(before.slice(common.offset), after.slice(common.offset)), common.lines);
}
function shifted({ removed, added }, by) {
  return { removed: removed.map((index) => index + by), added: added.map((index) => index + by) };
}
function newlines(text, from, to) {
  let count = 0;
  for (let at = text.indexOf("\n", from); at !== -1 && at < to; at = text.indexOf("\n", at + 1))
    count++;
  return count;
}
function lineStartBefore(text, offset, count) {
  let start = offset;
  let lines = 0;
  while (lines < count && start > 0) {
    start = start >= 2 ? text.lastIndexOf("\n", start - 2) + 1 : 0;
    lines++;
  }
  return { lines: newlines(text, 0, start), offset: start };
}
function alignChanges(oldCount, newCount, removed, added) {
  const removedSet = new Set(removed);
  const addedSet = new Set(added);
  const steps = [];
  let oldIndex = 0;
  let newIndex = 0;
  while (oldIndex < oldCount || newIndex < newCount) {
    if (removedSet.has(oldIndex)) steps.push({ op: "-", old: oldIndex++ });
    else if (addedSet.has(newIndex)) steps.push({ op: "+", new: newIndex++ });
    else steps.push({ op: " ", old: oldIndex++, new: newIndex++ });
  }
  return steps;
}
function groupHunks(steps) {
  const changed = steps.flatMap((step, index) => step.op === " " ? [] : [index]);
  const hunks = [];
  let current = [];
  let previousEnd = -Infinity;
  for (const index of changed) {
    const from = Math.max(index - CONTEXT, previousEnd + 1, 0);
    if (current.length > 0 && index - previousEnd > 2 * CONTEXT + 1) {
      hunks.push([...current, ...steps.slice(previousEnd + 1, previousEnd + 1 + CONTEXT)]);
      current = [];
    }
    current.push(...steps.slice(current.length === 0 ? from : previousEnd + 1, index + 1));
    previousEnd = index;
  }
  if (current.length > 0)
    hunks.push([...current, ...steps.slice(previousEnd + 1, previousEnd + 1 + CONTEXT)]);
  return hunks;
}
function renderHunk(hunk, oldLines, newLines, skipped) {
  const oldNumbers = hunk.flatMap((step) => "old" in step ? [step.old + skipped] : []);
  const newNumbers = hunk.flatMap((step) => "new" in step ? [step.new + skipped] : []);
  const header = `@@ -${range(oldNumbers, skipped)} +${range(newNumbers, skipped)} @@
`;
  const lines = hunk.map((step) => {
    const text = step.op === "+" ? newLines[step.new] : oldLines[step.old];
    return `${step.op}${withNewline(text ?? "")}`;
  });
  return header + lines.join("");
}
function range(numbers, skipped) {
  const start = (numbers[0] ?? skipped) + 1;
  return numbers.length === 1 ? `${start}` : `${numbers.length === 0 ? start - 1 : start},${numbers.length}`;
}
function withNewline(line) {
  return line.endsWith("\n") ? line.replace(/\r\n$/, "\n") : `${line}
\\ No newline at end of file
`;
}

// src/cli/after-fix.ts
function reportAfterFix(result, written) {
  const moves = /* @__PURE__ */ new Map();
  for (const change of written)
    if (change.before !== void 0) moves.set(change.file, lineMove(change.before, change.after));
  const repaired = new Set(result.repaired);
  const derived = {
    ...result.report,
    workloads: result.report.workloads.map(
      (workload) => repaired.has(workload) ? { ...workload, status: "current", currentHash: workload.desiredHash } : workload
    ),
    problems: result.remaining,
    files: result.report.files + written.filter((change) => change.before === void 0).length
  };
  let exact = true;
  const namedIn = changedFileNamedIn(moves);
  const visit = (value) => {
    if (!exact) return value;
    if (typeof value === "string") {
      if (!value.includes(":")) return value;
      const at = /^(.*):(\d+)$/.exec(value);
      const move2 = at && moves.get(at[1]);
      if (at && move2) {
        const line = move2(Number(at[2]));
        if (line === void 0) exact = false;
        return `${at[1]}:${line}`;
      }
      if (namedIn(value)) exact = false;
      return value;
    }
    if (Array.isArray(value)) {
      let copy2;
      value.forEach((item, index) => {
        const moved = visit(item);
        if (moved !== item) (copy2 ??= [...value])[index] = moved;
      });
      return copy2 ?? value;
    }
    if (value === null || typeof value !== "object") return value;
    const object = value;
    let copy;
    for (const key of Object.keys(object)) {
      const moved = visit(object[key]);
      if (moved !== object[key]) (copy ??= { ...object })[key] = moved;
    }
    const move = typeof object["file"] === "string" ? moves.get(object["file"]) : void 0;
    if (move && typeof object["line"] === "number") {
      const line = move(object["line"]);
      if (line === void 0) exact = false;
      if (line !== object["line"]) (copy ??= { ...object })["line"] = line;
    }
    return copy ?? object;
  };
  const mapped = visit(derived);
  return exact ? mapped : void 0;
}
function changedFileNamedIn(names) {
  const lengths = [...new Set([...names.keys()].map((name) => name.length))].sort((a, b) => a - b);
  return (text) => {
    for (let colon = text.indexOf(":"); colon !== -1; colon = text.indexOf(":", colon + 1)) {
      for (const length of lengths) {
        if (length > colon) break;
        if (names.has(text.slice(colon - length, colon))) return true;
      }
    }
    return false;
  };
}
function lineMove(before, after) {
  let unchanged;
  let move;
  return (line) => {
    unchanged ??= linesBeforeFirstChange(before, after);
    if (line >= 1 && line <= unchanged) return line;
    return (move ??= diffedLineMove(before, after))(line);
  };
}
function linesBeforeFirstChange(before, after) {
  let at = 0;
  while (at < before.length && before.charCodeAt(at) === after.charCodeAt(at)) at++;
  let lines = 0;
  for (let end = before.indexOf("\n"); end !== -1 && end < at; end = before.indexOf("\n", end + 1))
    lines++;
  return lines;
}
function diffedLineMove(before, after) {
  const { removed, added } = lineDiffAfter(before, after);
  const gone = new Set(removed);
  const fresh = new Set(added);
  const lines = lineCount(before);
  const moved = [];
  let next = 0;
  for (let old = 0; old < lines; old++) {
    if (gone.has(old)) {
      moved.push(void 0);
      continue;
    }
    while (fresh.has(next)) next++;
    moved.push(next + 1);
    next++;
  }
  return (line) => line >= 1 && line <= lines ? moved[line - 1] : void 0;
}
function lineCount(text) {
  let count = text.length > 0 && !text.endsWith("\n") ? 1 : 0;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) count++;
  return count;
}

// src/cli/index.ts
var FORMATS = ["text", "json", "sarif", "markdown"];
var USAGE = `Usage: gitops-reloader <command> [path] [options]

Restarts that come from Git: writes a config-hash annotation into every workload's pod
template so that a ConfigMap or Secret change in Git rolls the pods that read it.

Commands:
  check [path]   report missing or stale config-hash annotations (exit 1 when any), and
                 the lint findings
  lint [path]    the lint rules alone: Reloader's reload strategy and misspelt annotations,
                 unwatched valuesFrom, Flux APIs without server-side apply, workloads a
                 new hash does not restart (exit 1 only for findings of severity error)
  fix [path]     write the missing and stale annotations (minimal diff, atomic writes)
  plan [path] --base <rev> [--head <rev>]
                 what the change from base to head restarts (per cluster and Flux
                 Kustomization, with why), upgrades, adds and removes, read from Git
                 without a checkout, with the bot's fix on top of head; and the rollback
                 plan (exit 1 when anything restarts, upgrades, is added or removed)
  roots [path]   list the roots (Flux Kustomizations, or kustomization directories) and
                 where each is declared
  build <dir>    print what kustomize-lite builds from a kustomization directory, to hold
                 against 'kubectl kustomize <dir>' (Secret values masked, keys kept)

Options:
  --format <f>   text (default) or json; check and lint also sarif (SARIF 2.1.0 for GitHub
                 code scanning); plan also markdown (the pull-request comment)
  --base <rev>   plan: the revision the change starts from (a branch, tag or SHA)
  --head <rev>   plan: the revision it ends at (default HEAD)
  --diff         check: also print the diff that fix would write
  --exit-zero    check, lint, plan: exit 0 even when there are findings (errors in use
                 still exit 2)
  --source <kind>/<namespace>/<name>=<folder>
                 a Flux source built from a folder of this repository (repeatable), e.g.
                 OCIRepository/flux-system/apps=./apps for 'flux push artifact --path=./apps':
                 the Kustomizations that read it become roots
  --selection <s>
                 all (default): hash every workload that reads config from Git;
                 reloader: only what Stakater Reloader's annotations watch
  -h, --help     show this help
  -v, --version  show the version

Exit codes: 0 clean, 1 findings, 2 usage or input error, 3 a bug in gitops-reloader.
`;
var UsageError = class extends Error {
};
var EXIT_USAGE = 2;
var EXIT_BUG = 3;
async function runCli(argv, out) {
  try {
    return runCommand(argv, out);
  } catch (error) {
    if (error instanceof RevisionError) {
      out.stderr(`gitops-reloader: ${escapeTerminal(error.message)}
`);
      return EXIT_USAGE;
    }
    if (error instanceof UsageError || isParseArgsError(error)) {
      out.stderr(
        `gitops-reloader: ${escapeTerminal(error.message)}
Run 'gitops-reloader --help' for usage.
`
      );
      return EXIT_USAGE;
    }
    const system = systemErrorMessage(error);
    if (system) {
      out.stderr(`gitops-reloader: ${escapeTerminal(system)}
`);
      return EXIT_USAGE;
    }
    out.stderr(
      `gitops-reloader: internal error, a bug in gitops-reloader; please report it with the command you ran and this output:
${error instanceof Error ? error.stack : String(error)}
`
    );
    return EXIT_BUG;
  }
}
function systemErrorMessage(error) {
  if (!(error instanceof Error) || !("code" in error) || !("syscall" in error)) return void 0;
  const { code, path } = error;
  const reasons = {
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    ENOENT: "no such file or directory",
    ENOTDIR: "not a directory",
    EROFS: "read-only file system",
    ENOSPC: "no space left on the device",
    EMFILE: "too many open files"
  };
  const reason = reasons[String(code)] ?? String(code);
  return path ? `${path}: ${reason}` : reason;
}
function runCommand(argv, out) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: "string", default: "text" },
      diff: { type: "boolean", default: false },
      "exit-zero": { type: "boolean", default: false },
      source: { type: "string", multiple: true },
      selection: { type: "string", default: "all" },
      base: { type: "string" },
      head: { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" }
    }
  });
  if (values.help) return print(out, USAGE);
  if (values.version) return print(out, `${packageVersion()}
`);
  const [command, path = ".", ...extra] = positionals;
  if (!command) return print(out, USAGE);
  if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`);
  const format = parseFormat(values.format, command);
  const root = existingDirectory(path);
  const sources = parseSources(values.source ?? [], root);
  const selection = parseSelection(values.selection);
  if (command !== "plan" && (values.base !== void 0 || values.head !== void 0))
    throw new UsageError(`--base and --head are options of plan, not of ${command}`);
  const exitCode = runNamedCommand(
    command,
    root,
    {
      format,
      diff: values.diff ?? false,
      sources,
      selection,
      base: values.base,
      head: values.head
    },
    out
  );
  return values["exit-zero"] ? 0 : exitCode;
}
var SELECTIONS = ["all", "reloader"];
function parseSelection(selection) {
  if (SELECTIONS.includes(selection)) return selection;
  throw new UsageError(`--selection must be one of ${SELECTIONS.join(", ")}, not '${selection}'`);
}
function parseSources(texts, root) {
  return texts.map((text) => {
    const parsed = parseSourceMapping(text);
    if ("error" in parsed) throw new UsageError(`--source ${parsed.error}`);
    if (!statSync(resolve(root, parsed.path), { throwIfNoEntry: false })?.isDirectory())
      throw new UsageError(`--source '${text}': ${parsed.path} is not a folder of ${root}`);
    return parsed;
  });
}
function runNamedCommand(command, root, options, out) {
  switch (command) {
    case "check":
      return runCheck(root, options, out);
    case "fix":
      return runFix(root, options, out);
    case "lint":
      return runLint(root, options, out);
    case "build":
      return runBuild(root, options.format, out);
    case "roots":
      return runRoots(root, options, out);
    case "plan":
      return runPlan(root, options, out);
    default:
      throw new UsageError(`unknown command '${command}'`);
  }
}
function runCheck(root, options, out) {
  const repository = readWorkTree(root);
  if (!options.diff) {
    const report2 = check(repository, { sources: options.sources, selection: options.selection });
    out.stdout(
      options.format === "sarif" ? renderSarif(report2.problems, sarifOptions(root)) : options.format === "json" ? renderJson(report2) : renderReportText(report2)
    );
    return exitCodeOf(report2.problems);
  }
  const { report, changes, problems } = fix(repository, {
    sources: options.sources,
    selection: options.selection
  });
  const diffs = changes.map(
    (change) => unifiedDiff(change.file, maskSecretValues(change.before ?? ""), maskSecretValues(change.after))
  );
  const all = [...report.problems, ...problems];
  if (options.format === "sarif") out.stdout(renderSarif(all, sarifOptions(root)));
  else if (options.format === "json")
    out.stdout(renderJson({ ...report, problems: all, diff: diffs.join("") }));
  else
    out.stdout(
      `${renderReportText({ ...report, problems: all })}${diffs.length ? `
What fix would write:

${renderDiffText(diffs.join(""))}` : ""}`
    );
  return exitCodeOf(all);
}
function runLint(root, options, out) {
  const { format, ...checkOptions } = options;
  const report = lint(readWorkTree(root), checkOptions);
  out.stdout(
    format === "sarif" ? renderSarif(report.problems, sarifOptions(root)) : format === "json" ? renderJson(report) : renderLintText(report)
  );
  return exitCodeOf(report.problems);
}
function sarifOptions(root) {
  const top = repositoryRootOf(root);
  const folder = relative(top, realpathSync(root)).split(sep).join("/");
  return { version: packageVersion(), uriPrefix: folder ? `${folder}/` : "" };
}
function runPlan(root, options, out) {
  if (options.base === void 0)
    throw new UsageError("plan needs --base <rev>, the revision the change starts from");
  const base = readRevision(root, options.base);
  const head = readRevision(root, options.head ?? "HEAD");
  const core = planChanges(base.repository, head.repository, {
    sources: options.sources,
    selection: options.selection
  });
  const landing = describeLanding(root, base.sha, head.sha);
  const plan = {
    base: base.sha,
    head: head.sha,
    restarts: core.restarts,
    upgrades: core.upgrades,
    added: core.added,
    removed: core.removed,
    rollback: rollbackPlan(landing, core.restarts, core.upgrades, core.roots, core),
    problems: core.problems
  };
  out.stdout(
    options.format === "json" ? renderJson(plan) : options.format === "markdown" ? renderPlanMarkdown(plan) : renderPlanText(plan)
  );
  const pending = [plan.restarts, plan.upgrades, plan.added, plan.removed].some(
    (list) => list.length > 0
  );
  return pending ? 1 : 0;
}
function runRoots(root, options, out) {
  const report = check(readWorkTree(root), {
    sources: options.sources,
    selection: options.selection
  });
  const listing = {
    discovery: report.discovery,
    roots: report.roots,
    unresolved: report.problems.filter((p) => p.rule === "flux-unresolved"),
    inferred: report.problems.filter((p) => p.rule === "flux-source-inferred")
  };
  out.stdout(options.format === "json" ? renderJson(listing) : renderRoots(listing));
  return 0;
}
function runBuild(directory, format, out) {
  const fileSystem = confinedFileSystem(repositoryRootOf(directory));
  const result = build(directory, fileSystem);
  const objects = result.resources.map((resource) => maskSecretObject(resource.object));
  out.stdout(format === "json" ? renderJson(objects) : renderBuild(objects));
  for (const path of fileSystem.refused)
    out.stderr(
      `error: ${escapeTerminal(path)}: outside the repository ${escapeTerminal(fileSystem.root)}; not read
`
    );
  for (const problem of result.problems) {
    out.stderr(
      escapeTerminal(
        `${problem.severity}: ${problem.path}${problem.line ? `:${problem.line}` : ""}: ${problem.message}`
      ) + "\n"
    );
  }
  const failed = fileSystem.refused.size > 0 || result.problems.some((p) => p.severity === "error");
  return failed ? 1 : 0;
}
function runFix(root, options, out) {
  const { format, sources, selection } = options;
  const tree = readWorkTree(root);
  const writer = changeWriter(tree);
  const result = fix(tree, { sources, selection }, writer);
  const refused = writer.finish();
  const written = result.changes.filter((change) => !refused.some((p) => p.file === change.file));
  const derived = refused.length === 0 && result.problems.length === 0 ? reportAfterFix(result, written) : void 0;
  const after = written.length === 0 ? result.report : derived ?? check(readWorkTree(root), { sources, selection });
  const remaining = [...result.problems, ...refused, ...after.problems];
  if (format === "json")
    out.stdout(renderJson({ changed: written.map((c) => c.file), ...after, problems: remaining }));
  else out.stdout(renderFixText(written, { ...after, problems: remaining }));
  return exitCodeOf(remaining);
}
var SARIF_COMMANDS = ["check", "lint"];
function parseFormat(format, command) {
  const allowed = FORMATS.filter(
    (candidate) => (candidate !== "sarif" || SARIF_COMMANDS.includes(command)) && (candidate !== "markdown" || command === "plan")
  );
  if (allowed.includes(format)) return format;
  const only = format === "sarif" ? " (sarif is for check and lint)" : format === "markdown" ? " (markdown is for plan)" : "";
  throw new UsageError(
    `--format must be one of ${allowed.join(", ")}${only ? ` for ${command}${only}` : ""}, not '${format}'`
  );
}
function existingDirectory(path) {
  const root = resolve(path);
  if (!existsSync(root)) throw new UsageError(`path '${path}' does not exist`);
  if (!statSync(root).isDirectory()) throw new UsageError(`path '${path}' is not a directory`);
  return root;
}
function print(out, text) {
  out.stdout(text);
  return 0;
}
function isParseArgsError(error) {
  return error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS");
}
function packageVersion() {
  if (true) return "0.1.0";
  const packageJson = new URL("../../package.json", import.meta.url);
  return JSON.parse(readFileSync(packageJson, "utf8")).version;
}
export {
  runCli
};
