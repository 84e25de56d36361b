-- One MCP tools/call of the Summarizer (revision 2026-07-28, answered as JSON), with the same
-- arguments as invoke.lua's context: the two are measured side by side by benchmarks/mcp/run.sh.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
wrk.headers["MCP-Protocol-Version"] = "2026-07-28"
wrk.headers["Mcp-Method"] = "tools/call"
wrk.headers["Mcp-Name"] = "SummarizerPlugin"
wrk.body = [[{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"SummarizerPlugin","arguments":{"text":"The customer called about the invoice for March. She said the amount was charged twice on her card. I checked the account and saw two payments on the fourth of March. The second payment was a mistake of the billing system. I promised a refund within five working days. She asked for a written confirmation by email. I sent the confirmation during the call. She also wanted to move her plan to the annual subscription. The annual plan saves her about fifteen percent. We agreed to switch at the next renewal date. She thanked me and had no other questions.","max_length":40},"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{}}}}]]

-- Any answer but 200 is counted (run.sh checks beforehand that the call is no tool error).

dofile("benchmarks/load/result.lua")
