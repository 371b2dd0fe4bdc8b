#!/usr/bin/env node
// src/index.ts
var argv = process.argv.slice(2);
var versionOnly = argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v");
if (versionOnly && true) {
  process.stdout.write(`${"0.1.0"}
`);
} else if (argv.length === 0 && process.env["GITHUB_ACTIONS"] === "true") {
  const { runAction } = await import("./chunks/action-PAGPJPXF.js");
  await runAction(process.env["GITHUB_WORKSPACE"] ?? process.cwd());
} else {
  process.stdout.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
    process.exit();
  });
  const { runCli } = await import("./chunks/cli-2LZMQVFI.js");
  process.exitCode = await runCli(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text)
  });
}
