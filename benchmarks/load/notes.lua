-- POST one note per request (NoteTakerPlugin's add: a durable write), for the group-commit
-- benchmark (benchmarks/load/notes.sh).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"plugin":"NoteTakerPlugin","context":{"content":"Call Bob back about the quote for the March invoice","user_id":"bench","tags":["work"]}}]]

-- Each note for one of 100,000 users: the answer counts the user's notes, which for one user
-- with every note would measure that count, not the commit.
math.randomseed(os.time())
request = function()
  local body = wrk.body:gsub('"bench"', '"user-' .. math.random(1, 100000) .. '"')
  return wrk.format(nil, nil, nil, body)
end

local non200 = 0
response = function(status, headers, body)
  if status ~= 200 then
    non200 = non200 + 1
  end
end

dofile("benchmarks/load/result.lua")
