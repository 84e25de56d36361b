-- POST one Summarizer invocation per request, the same body to both servers.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"plugin":"SummarizerPlugin","context":{"text":"The customer called about the invoice for March. She said the amount was charged twice on her card. I checked the account and saw two payments on the fourth of March. The second payment was a mistake of the billing system. I promised a refund within five working days. She asked for a written confirmation by email. I sent the confirmation during the call. She also wanted to move her plan to the annual subscription. The annual plan saves her about fifteen percent. We agreed to switch at the next renewal date. She thanked me and had no other questions.","max_length":40}}]]

-- Any answer but 200 is counted, so a run that fails is seen as failing.
local non200 = 0
response = function(status, headers, body)
  if status ~= 200 then
    non200 = non200 + 1
  end
end

dofile("benchmarks/load/result.lua")
