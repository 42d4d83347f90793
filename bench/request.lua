-- wrk script for bench/run. Environment:
--   BENCH_METHOD (GET|POST), BENCH_PATH, BENCH_BODY (JSON, POST only), BENCH_TOKEN (API key),
--   BENCH_KEYS (optional N: every "{i}" in path and body becomes a random integer in 1..N per request).
local method = os.getenv("BENCH_METHOD") or "GET"
local path = os.getenv("BENCH_PATH") or "/health"
local body = os.getenv("BENCH_BODY")
local keys = tonumber(os.getenv("BENCH_KEYS") or "")
local headers = { ["Authorization"] = "Bearer " .. (os.getenv("BENCH_TOKEN") or "") }
if method ~= "GET" then headers["Content-Type"] = "application/json" end

local fixed

function init(args)
  -- formatted here, not at load time: wrk.format takes the Host header from wrk.headers, set after loading
  fixed = wrk.format(method, path, headers, body)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  if not keys then return fixed end
  local i = tostring(math.random(1, keys))
  local p = path:gsub("{i}", i)
  local b = body and body:gsub("{i}", i) or nil
  return wrk.format(method, p, headers, b)
end
