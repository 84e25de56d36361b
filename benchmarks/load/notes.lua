-- POST one note per request (NoteTakerPlugin's add: a durable write), for the group-commit
-- benchmark (benchmarks/load/notes.sh).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"plugin":"NoteTakerPlugin","context":{"content":"Call Bob back about the quote for the March invoice","user_id":"bench","tags":["work"]}}]]

-- Each note for one of NOTE_USERS users (default 100,000; 1 puts every note on one user).
local users = tonumber(os.getenv("NOTE_USERS") or "100000")
math.randomseed(os.time())
request = function()
  local body = wrk.body:gsub('"bench"', '"user-' .. math.random(1, users) .. '"')
  return wrk.format(nil, nil, nil, body)
end

local non200 = 0
response = function(status, headers, body)
  if status ~= 200 then
    non200 = non200 + 1
  end
end

dofile("benchmarks/load/result.lua")
