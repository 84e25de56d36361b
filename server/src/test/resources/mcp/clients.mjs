// Drives /mcp (or a server over stdio) with an official MCP TypeScript SDK client, as a user's
// client would, and prints what happened as one JSON object on the last line of standard output.
//
//   node clients.mjs v1|v2 http URL
//   node clients.mjs v1|v2 stdio JAVA ARG...      (the server's command line)
//
// v2 is @modelcontextprotocol/client pinned to the stateless 2026-07-28 revision; v1 is
// @modelcontextprotocol/sdk, which speaks 2025-11-25 with its initialize handshake.
import { Client as V2Client, StreamableHTTPClientTransport as V2Http } from '@modelcontextprotocol/client';
import { StdioClientTransport as V2Stdio } from '@modelcontextprotocol/client/stdio';
import { Client as V1Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport as V1Http } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { StdioClientTransport as V1Stdio } from '@modelcontextprotocol/sdk/client/stdio.js';

const [sdk, kind, ...target] = process.argv.slice(2);
const info = { name: 'ai-dialer-test-client', version: '1.0.0' };
let stderr = '';
let transport;
if (kind === 'http') {
  transport = sdk === 'v2' ? new V2Http(new URL(target[0])) : new V1Http(new URL(target[0]));
} else {
  const params = { command: target[0], args: target.slice(1), stderr: process.env.MCP_STDERR === 'inherit' ? 'inherit' : 'pipe', env: process.env };
  transport = sdk === 'v2' ? new V2Stdio(params) : new V1Stdio(params);
  transport.stderr?.on('data', chunk => { stderr += chunk.toString(); });
}
const client = sdk === 'v2'
  ? new V2Client(info, { versionNegotiation: { mode: { pin: '2026-07-28' } } })
  : new V1Client(info);
await client.connect(transport);

const call = (name, args, options) =>
  sdk === 'v2' ? client.callTool({ name, arguments: args }, options)
               : client.callTool({ name, arguments: args }, undefined, options);

const report = { tools: [], calls: {}, bad: null, cancel: null };
let cursor;
do {
  const page = await client.listTools(cursor ? { cursor } : {});
  for (const tool of page.tools) {
    report.tools.push({ name: tool.name, hasInput: !!tool.inputSchema, hasOutput: !!tool.outputSchema,
      readOnly: tool.annotations?.readOnlyHint ?? null });
  }
  cursor = page.nextCursor;
} while (cursor);

const user = `mcp-${sdk}-${kind}`;
const added = await call('NoteTakerPlugin_add', { content: 'Call Bob back about the quote', user_id: user });
report.calls.NoteTakerPlugin_add = added;
const noteId = added.structuredContent?.note?.id;
report.calls.NoteTakerPlugin_list = await call('NoteTakerPlugin_list', { user_id: user });
report.calls.NotesSummaryPlugin = await call('NotesSummaryPlugin', { user_id: user });
report.calls.NoteTakerPlugin_delete = await call('NoteTakerPlugin_delete', { note_id: noteId, user_id: user });
report.calls.SummarizerPlugin = await call('SummarizerPlugin',
  { text: 'The client called about the invoice. It was sent twice by mistake. We agreed to cancel the second one.', max_length: 10 });
report.calls.TranslatorPlugin = await call('TranslatorPlugin', { text: 'Thank you!', target_language: 'Spanish' });

report.bad = await call('SummarizerPlugin', { max_length: 0, txt: 'typo' });

const controller = new AbortController();
const started = Date.now();
setTimeout(() => controller.abort(), 500);
try {
  await call('SleepPlugin', { millis: 20000 }, { signal: controller.signal });
  report.cancel = { rejected: false };
} catch (e) {
  report.cancel = { rejected: true, afterMs: Date.now() - started, error: String(e) };
}
// Give the server a moment to see the cancellation, and say so on stderr (stdio).
await new Promise(resolve => setTimeout(resolve, 3000));
report.cancel.serverLog = stderr;
await client.close();
console.log(JSON.stringify(report));
